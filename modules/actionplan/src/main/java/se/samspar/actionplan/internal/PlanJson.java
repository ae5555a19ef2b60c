package se.samspar.actionplan.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import se.samspar.actionplan.api.Plan;

/** A plan to and from the JSON a baseline stores (JSON-B, records as they are). */
@ApplicationScoped
public class PlanJson {
    private final Jsonb jsonb = JsonbBuilder.create();

    public String write(Plan plan) {
        return jsonb.toJson(plan);
    }

    public Plan read(String json) {
        return jsonb.fromJson(json, Plan.class);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Nothing is left to release at shutdown.
        }
    }
}
