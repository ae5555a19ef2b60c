package se.samspar.platform.api;

/**
 * Whether the request being served on this thread came from another site — a link or form elsewhere that the
 * user's browser followed with the user's session — as the web layer tells from the request's headers. The audit
 * trail marks refusals of such requests: they may be none of the user's doing. Outside a request: false.
 */
public final class RequestOrigin {
    private static final ThreadLocal<Boolean> CROSS_SITE = new ThreadLocal<>();

    private RequestOrigin() {
    }

    /** Set by the web layer at the start of each request (and error dispatch); {@link #clear} when it ends. */
    public static void set(boolean crossSite) {
        CROSS_SITE.set(crossSite);
    }

    public static void clear() {
        CROSS_SITE.remove();
    }

    public static boolean isCrossSite() {
        return Boolean.TRUE.equals(CROSS_SITE.get());
    }
}
