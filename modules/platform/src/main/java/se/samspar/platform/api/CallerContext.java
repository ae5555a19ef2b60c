package se.samspar.platform.api;

import java.util.function.Supplier;

/** The caller of the current request or task. */
public interface CallerContext {
    Caller current();

    /** Runs work as the given caller on this thread, e.g. the system for the demo import. */
    default <T> T runAs(Caller caller, Supplier<T> work) {
        try (Scope ignored = enter(caller)) {
            return work.get();
        }
    }

    /**
     * Acts as the given caller on this thread until the scope is closed; the caller before is
     * restored then. For work that cannot be one lambda, such as a test's set-up and tear-down.
     */
    Scope enter(Caller caller);

    /** A caller scope; closing it restores the caller before. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    default void runAs(Caller caller, Runnable work) {
        runAs(caller, () -> {
            work.run();
            return null;
        });
    }
}
