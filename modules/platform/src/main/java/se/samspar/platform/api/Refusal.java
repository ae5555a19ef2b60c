package se.samspar.platform.api;

import java.util.List;
import java.util.Map;

/**
 * A change a product rule refuses whatever the input, such as any change to a closed agreement (rule 11) or a
 * second renewal (rule 12). Said like bad input, at a field with a translated message, and recorded in the
 * audit trail like a refused access: someone tried to change what may not change.
 */
public class Refusal extends InvalidInput {
    private static final long serialVersionUID = 1L;

    private boolean recorded;

    public Refusal(String field, String key, Map<String, Object> arguments) {
        super(List.of(new FieldProblem(field, key, arguments)));
    }

    public static Refusal of(String field, String key) {
        return new Refusal(field, key, Map.of());
    }

    /** Whether the audit trail already holds this refusal (a nested service may have recorded it). */
    public boolean isRecorded() {
        return recorded;
    }

    public void markRecorded() {
        recorded = true;
    }
}
