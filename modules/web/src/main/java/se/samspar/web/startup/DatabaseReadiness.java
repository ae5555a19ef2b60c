package se.samspar.web.startup;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.samspar.platform.api.SchemaStatus;

/**
 * Ready only when every migration has run, the database answers and Faces has configured the pages (GET
 * /health/ready).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaStatus schema;

    @Override
    public HealthCheckResponse call() {
        boolean migrated;
        try {
            migrated = schema.migrated();
        } catch (EJBException starting) {
            // Payara runs every check once while deploying, before the migration's singleton has started: not ready
            // yet, which is the answer, not an error to log with its stack.
            migrated = false;
        }
        boolean answers = migrated && schema.databaseAnswers();
        boolean pages = FacesStarted.started();
        return HealthCheckResponse.named("database")
                .status(migrated && answers && pages)
                .withData("migrated", migrated)
                .withData("answers", answers)
                .withData("pages", pages)
                .build();
    }
}
