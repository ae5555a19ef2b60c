package se.samspar.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.platform.api.SchemaReady;

/**
 * In demo mode, the first start against an empty database imports the Huddinge 2023–2024
 * agreement (config/demo/huddinge-2023-2024.json, packed into the WAR). Never again once the
 * database holds anything, and never outside demo mode.
 */
@ApplicationScoped
public class DemoData {
    static final String FILE = "demo/huddinge-2023-2024.json";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "samspar.demo", defaultValue = "false")
    boolean demo;
    @Inject
    @ConfigProperty(name = "samspar.port", defaultValue = "8080")
    int port;
    @Inject
    OrganisationService organisations;
    @Inject
    AgreementImport agreementImport;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (demo) {
            importIfEmpty();
            LOG.info(() -> "Samspår i demoläge / in demo mode: http://localhost:" + port + "/");
        }
    }

    /** Imports the demo agreement if the database is empty; tells whether it did. */
    public boolean importIfEmpty() {
        if (organisations.count() > 0) {
            return false;
        }
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Demo data missing from the WAR: " + FILE);
            }
            long id = agreementImport.importFile(FILE, in);
            LOG.info(() -> "Demo data imported: agreement " + id + " from " + FILE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
