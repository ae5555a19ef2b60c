package se.samspar.followup.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import se.samspar.followup.api.FollowUpReport;

/** A follow-up report to and from the JSON a snapshot stores (JSON-B, records as they are). */
@ApplicationScoped
public class SnapshotJson {
    private final Jsonb jsonb = JsonbBuilder.create();

    public String write(FollowUpReport report) {
        return jsonb.toJson(report);
    }

    public FollowUpReport read(String json) {
        return jsonb.fromJson(json, FollowUpReport.class);
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
