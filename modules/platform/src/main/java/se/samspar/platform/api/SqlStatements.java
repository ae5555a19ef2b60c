package se.samspar.platform.api;

/**
 * How many SQL statements this thread has sent to the database: read before and after rendering a
 * page to show that its statement count does not grow with the data.
 */
public final class SqlStatements {
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private SqlStatements() {
    }

    /** Statements sent by this thread so far. */
    public static long sent() {
        return COUNT.get()[0];
    }

    /** Called by the persistence layer once per statement it sends. */
    public static void count() {
        COUNT.get()[0]++;
    }
}
