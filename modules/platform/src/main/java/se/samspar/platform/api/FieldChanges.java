package se.samspar.platform.api;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields each entity changed in the current transaction, before and after, as the persistence
 * layer saw them at flush: what the audit trail records next to each change. Kept with the JTA
 * transaction, so it ends with it. Secrets (password hashes) are never collected.
 */
public final class FieldChanges {
    private static final String KEY = FieldChanges.class.getName();

    /** One changed field: its name, the value before and the value after (as text; null when empty). */
    public record Change(String field, String before, String after) {
        @Override
        public String toString() {
            return field + ": " + (before == null ? "–" : before) + " → " + (after == null ? "–" : after);
        }
    }

    private FieldChanges() {
    }

    /** Called by the persistence layer for each entity it updates. */
    public static void record(String entity, Object id, List<Change> changes) {
        Map<String, List<Change>> all = collected(true);
        if (all != null && !changes.isEmpty()) {
            all.computeIfAbsent(entity + "#" + id, k -> new ArrayList<>()).addAll(changes);
        }
    }

    /** The changes of one entity so far in this transaction, removed so they are told once. */
    public static List<Change> take(String entity, Object id) {
        Map<String, List<Change>> all = collected(false);
        if (all == null) {
            return List.of();
        }
        List<Change> changes = all.remove(entity + "#" + id);
        return changes == null ? List.of() : changes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Change>> collected(boolean create) {
        TransactionSynchronizationRegistry tx = Transactions.registry();
        if (tx == null || tx.getTransactionKey() == null) {
            return null;
        }
        Map<String, List<Change>> all = (Map<String, List<Change>>) tx.getResource(KEY);
        if (all == null && create) {
            all = new HashMap<>();
            tx.putResource(KEY, all);
        }
        return all;
    }
}
