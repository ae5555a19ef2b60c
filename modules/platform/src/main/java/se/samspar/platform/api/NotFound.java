package se.samspar.platform.api;

/** The record asked for does not exist (or is not visible to the one asking). */
public class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
