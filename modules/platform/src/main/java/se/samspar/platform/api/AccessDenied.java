package se.samspar.platform.api;

/**
 * The caller may not do this, or may not see what was asked for. Raised by services whatever the
 * page showed: a crafted request with another id meets the same refusal as a hidden button.
 */
public class AccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String what) {
        super(what);
    }

    public static void unless(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDenied(what);
        }
    }
}
