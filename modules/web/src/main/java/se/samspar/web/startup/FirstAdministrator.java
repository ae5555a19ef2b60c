package se.samspar.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Locales;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.SchemaReady;

/**
 * A real installation's first administrator, from configuration: on a start outside demo mode against a
 * database with no administrator, {@code samspar.admin.username} and {@code samspar.admin.password}
 * (SAMSPAR_ADMIN_USERNAME, SAMSPAR_ADMIN_PASSWORD) create one, in the organisation
 * {@code samspar.admin.organisation} (created if Samspår has none of that name). The password policy
 * applies: a refused password stops the start, and the log says why. Once an administrator exists the
 * settings are ignored. The password is never logged, and there is no other default account.
 */
@ApplicationScoped
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "samspar.demo", defaultValue = "false")
    boolean demo;
    @Inject
    @ConfigProperty(name = "samspar.admin.username")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "samspar.admin.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "samspar.admin.organisation", defaultValue = "Administration")
    String organisation;
    @Inject
    OrganisationService organisations;
    @Inject
    UserAccounts accounts;
    @Inject
    CallerContext callers;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!demo) {
            createIfNone();
        }
    }

    /** Creates the administrator if the settings are given and none exists; tells whether it did. */
    @Transactional
    public boolean createIfNone() {
        return callers.runAs(Caller.SYSTEM, this::createAsSystem);
    }

    private boolean createAsSystem() {
        boolean exists = accounts.all().stream().anyMatch(u -> u.roles().contains(Roles.ADMINISTRATOR));
        if (exists) {
            return false;
        }
        String name = username.map(String::strip).orElse("");
        if (name.isEmpty() || password.isEmpty()) {
            LOG.warning("Samspår has no administrator: set SAMSPAR_ADMIN_USERNAME and SAMSPAR_ADMIN_PASSWORD"
                    + " (samspar.admin.username, samspar.admin.password) and start again to create the first one.");
            return false;
        }
        try {
            long organisationId = organisationId();
            accounts.create(new NewUser(name, name, null, organisationId, Set.of(Roles.ADMINISTRATOR), Set.of(),
                    password.get(), false));
        } catch (InvalidInput refused) {
            String why = refused.problems().stream().map(p -> p.field() + ": " + p.message(Locales.ENGLISH))
                    .collect(Collectors.joining("; "));
            LOG.severe(() -> "Samspår does not start: the first administrator from SAMSPAR_ADMIN_USERNAME and"
                    + " SAMSPAR_ADMIN_PASSWORD was refused (" + why + "). Change the setting and start again.");
            throw new IllegalStateException("the first administrator was refused: " + why);
        }
        LOG.info(() -> "First administrator created: " + name + " in " + organisation.strip()
                + " (SAMSPAR_ADMIN_USERNAME; from now on the setting is ignored)");
        return true;
    }

    private long organisationId() {
        String wanted = organisation.strip();
        return organisations.named(wanted).map(o -> o.id())
                .orElseGet(() -> organisations.create(new OrganisationDraft(wanted, null, OrganisationType.OTHER, null)));
    }
}
