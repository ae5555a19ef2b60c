package se.samspar.platform.api;

import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The server's JTA registry, for what the persistence layer keeps with the transaction (no CDI there). */
public final class Transactions {
    private Transactions() {
    }

    /** The registry, or null outside the server (a unit test); its transaction key is null outside a transaction. */
    public static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException | RuntimeException outsideTheServer) {
            return null;
        }
    }
}
