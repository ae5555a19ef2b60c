package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.samspar.agreement.api.OrganisationChanged;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.agreement.domain.Organisation;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.SearchText;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class OrganisationServiceBean implements OrganisationService {
    private static final String ENTITY = "Organisation";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<OrganisationChanged> changed;
    @Inject
    CallerContext callers;

    private void requireAdministrator() {
        Caller c = callers.current();
        AccessDenied.unless(c.system() || c.isAdministrator(), "manage organisations");
    }

    @Override
    public long create(OrganisationDraft draft) {
        requireAdministrator();
        validator.check(draft);
        requireUniqueName(draft.name(), null);
        Organisation o = new Organisation(draft.name(), draft.shortName(), draft.type(), draft.organisationNumber());
        em.persist(o);
        em.flush();
        changed.fire(new OrganisationChanged(o.id(), Change.CREATED, o.name()));
        return o.id();
    }

    @Override
    public void update(long organisationId, long expectedVersion, OrganisationDraft draft) {
        requireAdministrator();
        validator.check(draft);
        Organisation o = load(organisationId);
        StaleEdit.check(ENTITY, organisationId, o.version(), expectedVersion);
        requireUniqueName(draft.name(), organisationId);
        o.describe(draft.name(), draft.shortName(), draft.type(), draft.organisationNumber());
        StaleEdit.flush(em, ENTITY, organisationId);
        changed.fire(new OrganisationChanged(organisationId, Change.UPDATED, o.name()));
    }

    private void requireUniqueName(String name, Long except) {
        long clash = em.createQuery("select count(o) from Organisation o where lower(o.name) = :name and o.id <> :except",
                        Long.class)
                .setParameter("name", name.strip().toLowerCase())
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult();
        if (clash > 0) {
            throw InvalidInput.of("name", "samspar.unique");
        }
    }

    private Organisation load(long id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw new NotFound(ENTITY, id);
        }
        return o;
    }

    @Override
    public List<OrganisationView> all() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList()
                .stream().map(OrganisationServiceBean::view).toList();
    }

    @Override
    public List<OrganisationView> page(String search, int first, int max) {
        return searching(em.createQuery("select o from Organisation o" + where(search) + " order by o.name, o.id",
                Organisation.class), search).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList().stream().map(OrganisationServiceBean::view).toList();
    }

    @Override
    public long count(String search) {
        return searching(em.createQuery("select count(o) from Organisation o" + where(search), Long.class), search)
                .getSingleResult();
    }

    private static String where(String search) {
        return !SearchText.given(search) ? ""
                : " where lower(o.name) like :search escape '!' or lower(o.shortName) like :search escape '!'";
    }

    private static <T> TypedQuery<T> searching(TypedQuery<T> query, String search) {
        return SearchText.given(search) ? query.setParameter("search", SearchText.contains(search)) : query;
    }

    @Override
    public List<OrganisationView> withIds(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids order by o.name", Organisation.class)
                .setParameter("ids", organisationIds.stream().distinct().toList()).getResultList().stream()
                .map(OrganisationServiceBean::view).toList();
    }

    @Override
    public Optional<OrganisationView> find(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId)).map(OrganisationServiceBean::view);
    }

    @Override
    public Optional<OrganisationView> named(String name) {
        return em.createQuery("select o from Organisation o where lower(o.name) = :name", Organisation.class)
                .setParameter("name", name.strip().toLowerCase()).getResultList().stream().findFirst()
                .map(OrganisationServiceBean::view);
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.shortName(), o.type(), o.organisationNumber(), o.version());
    }
}
