package se.samspar.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import java.util.Set;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.SchemaReady;
import se.samspar.transfer.api.AgreementImports;

/**
 * In demo mode, the first start against an empty database imports the Huddinge 2023–2024
 * agreement (config/demo/huddinge-2023-2024.json, packed into the WAR) and creates one demo user
 * per role in its party organisations (with passwords they need not change). Never again once the database holds anything, and never
 * outside demo mode: without demo mode there are no demo users and no known passwords.
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
    AgreementImports agreementImports;
    @Inject
    UserAccounts accounts;
    @Inject
    CallerContext callers;
    @Inject
    DemoCoordination coordination;

    /** The demo users: fictional people in real party organisations of the Huddinge agreement. */
    public static final String PASSWORD = "samspar-demo";

    record DemoUser(String username, String name, String organisation, String role, String roleText) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("samordnare", "Anna Lindqvist", "Huddinge kommun", Roles.COORDINATOR, "samordnare"),
            new DemoUser("polis", "Erik Sandberg", "Polismyndigheten", Roles.PARTNER, "samverkanspart"),
            new DemoUser("styrgrupp", "Maria Holm", "Huddinge kommun", Roles.BOARD_MEMBER, "styrgrupp"),
            new DemoUser("admin", "Sara Ek", "Huddinge kommun", Roles.ADMINISTRATOR, "administratör"));

    void onSchemaReady(@Observes SchemaReady ready) {
        if (demo) {
            importIfEmpty();
            StringBuilder logins = new StringBuilder("Samspår i demoläge / in demo mode: http://localhost:" + port + "/");
            USERS.forEach(u -> logins.append("\n    ").append(u.username()).append(" / ").append(PASSWORD)
                    .append("  (").append(u.roleText()).append(", ").append(u.organisation()).append(')'));
            LOG.info(logins::toString);
        }
    }

    /** Imports the demo agreement and users, all or nothing, if the database is empty; tells whether it did. */
    @Transactional
    public boolean importIfEmpty() {
        return callers.runAs(Caller.SYSTEM, this::importAsSystem);
    }

    private boolean importAsSystem() {
        if (organisations.count() > 0) {
            return false;
        }
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Demo data missing from the WAR: " + FILE);
            }
            long id = agreementImports.importAgreement(FILE, in);
            createUsers(id);
            coordination.write(id);
            LOG.info(() -> "Demo data imported: agreement " + id + " from " + FILE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createUsers(long agreementId) {
        List<OrganisationView> all = organisations.all();
        for (DemoUser u : USERS) {
            long organisationId = all.stream().filter(o -> o.name().equals(u.organisation())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + u.organisation())).id();
            accounts.create(new NewUser(u.username(), u.name(), null, organisationId, Set.of(u.role()),
                    u.role().equals(Roles.COORDINATOR) ? Set.of(agreementId) : Set.of(), PASSWORD, false));
        }
    }
}
