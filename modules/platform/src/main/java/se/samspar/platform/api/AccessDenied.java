package se.samspar.platform.api;

/**
 * The caller may not do this, or may not see what was asked for. Raised by services whatever the
 * page showed: a crafted request with another id meets the same refusal as a hidden button.
 */
public class AccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private boolean recorded;

    public AccessDenied(String what) {
        super(what);
    }

    /** Whether the audit trail already holds this refusal (a nested service may have recorded it). */
    public boolean isRecorded() {
        return recorded;
    }

    public void markRecorded() {
        recorded = true;
    }

    public static void unless(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDenied(what);
        }
    }
}
