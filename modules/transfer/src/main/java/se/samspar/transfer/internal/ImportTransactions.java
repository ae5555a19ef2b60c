package se.samspar.transfer.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * The import's transaction, a bean of its own so that the interceptor applies. A preview is work that ends by
 * throwing {@link DryRun}: the transaction is rolled back, every row and audit entry with it, and the preview
 * reaches the caller in the exception.
 */
@ApplicationScoped
public class ImportTransactions {
    @Transactional(TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }

    /** Ends a preview's transaction by rolling it back; carries what was found. */
    static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object result;

        DryRun(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
