package se.samspar.actionplan.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import se.samspar.actionplan.api.PublicationChanged;
import se.samspar.actionplan.api.PublicationDraft;
import se.samspar.actionplan.api.PublicationView;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.actionplan.api.Publishing;
import se.samspar.actionplan.domain.Activity;
import se.samspar.actionplan.domain.Publication;
import se.samspar.actionplan.domain.ReportingRights;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;
import se.samspar.platform.api.UniqueKeys;

/**
 * {@link Publishing}: the agreement's coordinators (or an administrator) publish its areas and activities with a text
 * for the public. Publishing and changing the text need an open agreement (rule 11); unpublishing is always allowed,
 * since taking something off public view must never wait. Every change fires {@link PublicationChanged} (audited).
 */
@ModuleService
public class PublishingBean implements Publishing {
    static final String PUBLICATION = "Publication";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    AgreementQueries agreements;
    @Inject
    Clock clock;
    @Inject
    CallerContext callers;
    @Inject
    Event<PublicationChanged> changed;

    @Override
    public List<PublicationView> publications(long agreementId) {
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), agreementId), "see publications");
        return em.createQuery("select p from Publication p where p.agreementId = :a order by p.kind desc, p.id",
                        Publication.class)
                .setParameter("a", agreementId).setMaxResults(1000).getResultList().stream()
                .map(PublishingBean::view).toList();
    }

    @Override
    public long publish(long agreementId, PublicationDraft draft) {
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), agreementId), "publish");
        validator.check(draft);
        AgreementStructure structure = agreements.structure(agreementId)
                .orElseThrow(() -> InvalidInput.of("agreementId", "samspar.unknown"));
        structure.agreement().requireOpen();
        String what = what(structure, agreementId, draft.kind(), draft.itemId());
        long existing = em.createQuery("select count(p) from Publication p where p.kind = :k and p.itemId = :i", Long.class)
                .setParameter("k", draft.kind()).setParameter("i", draft.itemId()).getSingleResult();
        if (existing > 0) {
            throw InvalidInput.of("itemId", "samspar.unique");
        }
        Publication p = new Publication(agreementId, draft.kind(), draft.itemId(), draft.publicText(),
                LocalDateTime.now(clock), callers.current().username());
        em.persist(p);
        UniqueKeys.flush(em, "itemId");
        changed.fire(new PublicationChanged(agreementId, p.id(), Change.CREATED, what));
        return p.id();
    }

    @Override
    public void change(long publicationId, long expectedVersion, String publicText) {
        Publication p = stored(publicationId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), p.agreementId()), "publish");
        validator.check(new PublicationDraft(p.kind(), p.itemId(), publicText));
        StaleEdit.check(PUBLICATION, publicationId, p.version(), expectedVersion);
        AgreementStructure structure = agreements.structure(p.agreementId()).orElseThrow();
        structure.agreement().requireOpen();
        p.describe(publicText);
        StaleEdit.flush(em, PUBLICATION, publicationId);
        changed.fire(new PublicationChanged(p.agreementId(), publicationId, Change.UPDATED,
                whatever(structure, p)));
    }

    @Override
    public void unpublish(long publicationId, long expectedVersion) {
        Publication p = stored(publicationId);
        AccessDenied.unless(ReportingRights.mayEdit(callers.current(), p.agreementId()), "unpublish");
        StaleEdit.check(PUBLICATION, publicationId, p.version(), expectedVersion);
        AgreementStructure structure = agreements.structure(p.agreementId()).orElseThrow();
        String what = whatever(structure, p);
        em.remove(p);
        StaleEdit.flush(em, PUBLICATION, publicationId);
        changed.fire(new PublicationChanged(p.agreementId(), publicationId, Change.DELETED, what));
    }

    private Publication stored(long publicationId) {
        Publication p = em.find(Publication.class, publicationId);
        if (p == null) {
            throw new NotFound(PUBLICATION, publicationId);
        }
        return p;
    }

    /** The item in words for the audit trail ("AREA TRY", "ACTIVITY VINR-1"); refused if it is not the agreement's. */
    private String what(AgreementStructure structure, long agreementId, PublishedKind kind, long itemId) {
        if (kind == PublishedKind.AREA) {
            return "AREA " + structure.area(itemId).map(PriorityAreaView::code)
                    .orElseThrow(() -> InvalidInput.of("itemId", "samspar.unknown"));
        }
        Activity a = em.find(Activity.class, itemId);
        if (a == null || a.agreementId() != agreementId) {
            throw InvalidInput.of("itemId", "samspar.unknown");
        }
        return "ACTIVITY " + a.reference();
    }

    /** The same words for an existing publication, whose item may have been removed since. */
    private String whatever(AgreementStructure structure, Publication p) {
        try {
            return what(structure, p.agreementId(), p.kind(), p.itemId());
        } catch (InvalidInput gone) {
            return p.kind() + " " + p.itemId();
        }
    }

    static PublicationView view(Publication p) {
        return new PublicationView(p.id(), p.agreementId(), p.kind(), p.itemId(), p.publicText(), p.publishedAt(),
                p.publishedBy(), p.version());
    }
}
