package se.samspar.identity.internal;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccountChanged;
import se.samspar.identity.api.UserAccounts;
import se.samspar.identity.api.UserDetails;
import se.samspar.identity.api.UserView;
import se.samspar.identity.domain.PasswordPolicy;
import se.samspar.identity.domain.UserAccount;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.SearchText;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class UserAccountServiceBean implements UserAccounts {
    private static final Set<String> ROLES = Set.of(Roles.ADMINISTRATOR, Roles.COORDINATOR, Roles.PARTNER,
            Roles.BOARD_MEMBER);

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    PasswordHashing passwords;
    @Inject
    CallerContext callers;
    @Inject
    OrganisationService organisations;
    @Inject
    Event<UserAccountChanged> changed;
    @Inject
    SignInThrottle throttle;

    private void requireAdministrator() {
        Caller c = callers.current();
        AccessDenied.unless(c.system() || c.isAdministrator(), "manage user accounts");
    }

    @Override
    public long create(NewUser user) {
        requireAdministrator();
        validator.check(user);
        String weak = PasswordPolicy.problem(user.username(), user.password());
        if (weak != null) {
            throw InvalidInput.of("password", weak);
        }
        checkRoles(user.roles());
        checkOrganisation(user.organisationId());
        long clash = em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", user.username().strip().toLowerCase()).getSingleResult();
        if (clash > 0) {
            throw InvalidInput.of("username", "samspar.unique");
        }
        UserAccount a = new UserAccount(user.username(), user.displayName(), user.organisationId(),
                passwords.hash(user.password()));
        a.describe(user.displayName(), user.email(), user.organisationId());
        a.grant(user.roles());
        a.coordinate(user.coordinatorOf() == null ? Set.of() : user.coordinatorOf());
        // An administrator's account must choose its own password; only the system (demo users) may waive that.
        a.requirePasswordChange(user.mustChangePassword() || !callers.current().system());
        em.persist(a);
        em.flush();
        changed.fire(new UserAccountChanged(a.id(), Change.CREATED, a.username() + " " + a.roles()));
        return a.id();
    }

    @Override
    public void update(long userId, long expectedVersion, UserDetails details) {
        requireAdministrator();
        validator.check(details);
        checkRoles(details.roles());
        checkOrganisation(details.organisationId());
        UserAccount a = load(userId);
        StaleEdit.check("UserAccount", userId, a.version(), expectedVersion);
        if (isCaller(a) && a.roles().contains(Roles.ADMINISTRATOR) && !details.roles().contains(Roles.ADMINISTRATOR)) {
            throw Refusal.of("roles", "samspar.user.ownAdministratorRole"); // nobody locks the installation out alone
        }
        String before = a.displayName() + " " + a.roles() + " organisation " + a.organisationId() + " coordinator of "
                + a.coordinatorOf();
        a.describe(details.displayName(), details.email(), details.organisationId());
        a.grant(details.roles());
        a.coordinate(details.coordinatorOf() == null ? Set.of() : details.coordinatorOf());
        // Roles and rights live in tables of their own: the account's version moves with them too, so an edit
        // made on what was read before them is refused as stale.
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StaleEdit.flush(em, "UserAccount", userId);
        changed.fire(new UserAccountChanged(userId, Change.UPDATED, a.username() + ": " + before + " → "
                + a.displayName() + " " + a.roles() + " organisation " + a.organisationId() + " coordinator of "
                + a.coordinatorOf()));
    }

    private static void checkRoles(Set<String> roles) {
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw InvalidInput.of("roles", roles.isEmpty() ? "samspar.required" : "samspar.unknown");
        }
    }

    private void checkOrganisation(long organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw InvalidInput.of("organisationId", "samspar.unknown");
        }
    }

    @Override
    public void resetPassword(long userId, String newPassword) {
        requireAdministrator();
        UserAccount a = load(userId);
        String weak = PasswordPolicy.problem(a.username(), newPassword);
        if (weak != null) {
            throw InvalidInput.of("password", weak);
        }
        a.passwordSetByAdministrator(passwords.hash(newPassword));
        changed.fire(new UserAccountChanged(userId, Change.UPDATED, a.username() + " password reset"));
    }

    @Override
    public int changeOwnPassword(String currentPassword, String newPassword) {
        Caller c = callers.current();
        AccessDenied.unless(c.username() != null && !c.system(), "change a password");
        UserAccount a = em.createQuery("select u from UserAccount u where u.username = :u and u.active = true",
                UserAccount.class).setParameter("u", c.username()).getResultList().stream().findFirst()
                .orElseThrow(() -> new AccessDenied("change a password"));
        if (currentPassword == null || !passwords.matches(currentPassword, a.passwordHash())) {
            throw InvalidInput.of("currentPassword", "samspar.password.currentWrong");
        }
        String weak = PasswordPolicy.problem(a.username(), newPassword);
        if (weak == null && newPassword.equals(currentPassword)) {
            weak = "samspar.password.sameAsCurrent";
        }
        if (weak != null) {
            throw InvalidInput.of("newPassword", weak);
        }
        a.passwordChangedByUser(passwords.hash(newPassword));
        em.flush();
        changed.fire(new UserAccountChanged(a.id(), Change.UPDATED, a.username() + " password changed by its user"));
        return a.sessionEpoch();
    }

    @Override
    public void deactivate(long userId) {
        requireAdministrator();
        UserAccount a = load(userId);
        if (isCaller(a)) {
            throw Refusal.of("user", "samspar.user.deactivateSelf");
        }
        a.deactivate();
        changed.fire(new UserAccountChanged(userId, Change.UPDATED, a.username() + " deactivated"));
    }

    @Override
    public void activate(long userId) {
        requireAdministrator();
        UserAccount a = load(userId);
        a.activate();
        changed.fire(new UserAccountChanged(userId, Change.UPDATED, a.username() + " activated"));
    }

    @Override
    public List<UserView> all() {
        requireAdministrator();
        // The roles and coordinator rights of all accounts in one query each, not one per account.
        List<UserAccount> users = em.createQuery("select u from UserAccount u order by u.displayName", UserAccount.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch", "u.coordinatorOf").getResultList();
        Map<String, ThrottleRows.Row> failures = throttle.ofUsernames(users.stream().map(UserAccount::username).toList());
        return users.stream().map(u -> view(u, failures.get(u.username()))).toList();
    }

    @Override
    public List<UserView> page(String search, int offset, int limit) {
        requireAdministrator();
        List<UserAccount> users = searching(em.createQuery("select u from UserAccount u" + where(search)
                        + " order by u.id desc", UserAccount.class), search)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch", "u.coordinatorOf").getResultList();
        Map<String, ThrottleRows.Row> failures = throttle.ofUsernames(users.stream().map(UserAccount::username).toList());
        return users.stream().map(u -> view(u, failures.get(u.username()))).toList();
    }

    @Override
    public long count(String search) {
        requireAdministrator();
        return searching(em.createQuery("select count(u) from UserAccount u" + where(search), Long.class), search)
                .getSingleResult();
    }

    private static String where(String search) {
        return !SearchText.given(search) ? ""
                : " where lower(u.username) like :search escape '!' or lower(u.displayName) like :search escape '!'";
    }

    private static <T> jakarta.persistence.TypedQuery<T> searching(jakarta.persistence.TypedQuery<T> query,
                                                                  String search) {
        return SearchText.given(search) ? query.setParameter("search", SearchText.contains(search)) : query;
    }

    @Override
    public Optional<UserView> find(long userId) {
        requireAdministrator();
        return Optional.ofNullable(em.find(UserAccount.class, userId))
                .map(u -> view(u, throttle.ofUsernames(List.of(u.username())).get(u.username())));
    }

    @Override
    public String languageOf(String username) {
        return em.createQuery("select u.language from UserAccount u where u.username = :u", String.class)
                .setParameter("u", username).getResultList().stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    public void rememberLanguage(String language) {
        Caller c = callers.current();
        // The system itself coordinates nothing; a user importing with the system's rights does coordinate what they created.
        if (c.username() == null || c.equals(Caller.SYSTEM)) {
            return;
        }
        em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", c.username()).getResultList()
                .forEach(u -> u.preferLanguage("en".equals(language) ? "en" : "sv"));
    }

    /** Whoever creates an agreement coordinates it. */
    void onAgreementCreated(@Observes AgreementChanged e) {
        if (e.subject() != AgreementChanged.Subject.AGREEMENT || e.change() != Change.CREATED) {
            return;
        }
        Caller c = callers.current();
        // The system itself coordinates nothing; a user importing with the system's rights does coordinate what they created.
        if (c.username() == null || c.equals(Caller.SYSTEM)) {
            return;
        }
        em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", c.username()).getResultList()
                .forEach(u -> u.addCoordinatorOf(e.agreementId()));
    }

    /** Whether the account is the signed-in caller's own. */
    private boolean isCaller(UserAccount a) {
        Caller c = callers.current();
        return !c.system() && c.username() != null && c.username().equalsIgnoreCase(a.username());
    }

    private UserAccount load(long userId) {
        UserAccount a = em.find(UserAccount.class, userId);
        if (a == null) {
            throw new NotFound("UserAccount", userId);
        }
        return a;
    }

    static UserView view(UserAccount u, ThrottleRows.Row failures) {
        return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.organisationId(), u.roles(),
                u.coordinatorOf(), u.active(), failures == null ? null : failures.blockedUntil(), u.language(),
                u.version(), failures == null ? 0 : failures.failures(), u.mustChangePassword());
    }
}
