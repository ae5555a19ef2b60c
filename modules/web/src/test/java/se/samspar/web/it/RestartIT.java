package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.web.startup.DemoData;

/**
 * Runs in a new Payara Micro on the database ImportIT's server left behind ({@code @Order(2)}:
 * right after ImportIT; its own deployment, so the shared server stops first): what was changed through the
 * services survived the stop and start, and the demo data is not imported a second time.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
@Order(2)
class RestartIT {
    static final String MARK = "Rapport före omstart";

    @Deployment
    static WebArchive deployment() {
        return Deployments.samspar();
    }

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    DemoData demoData;

    @Test
    void changesSurviveARestartAndTheDemoIsNotImportedAgain() {
        assertFalse(demoData.importIfEmpty());
        List<AgreementView> huddinge = agreements.agreements().stream()
                .filter(a -> a.title().equals("Samverkansöverenskommelse Huddinge 2023–2024")).toList();
        assertEquals(1, huddinge.size(), "exactly one Huddinge agreement");
        ActivityView vinr1 = activities.activitiesOf(huddinge.get(0).id()).stream()
                .filter(a -> a.reference().equals("VINR-1")).findFirst().orElseThrow();
        StatusUpdateView latest = activities.history(vinr1.id()).get(0);
        assertEquals(MARK, latest.comment());
        assertEquals(90, vinr1.progress());
    }
}
