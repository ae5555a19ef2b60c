package se.samspar.web.audit;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.table.PerRequest;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.samspar.agreement.api.AgreementView;
import se.samspar.actionplan.api.ActivityReferences;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.audit.api.AuditPosition;
import se.samspar.audit.api.AuditQuery;
import se.samspar.audit.api.AuditTrail;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.identity.api.UserNames;
import se.samspar.platform.api.Roles;
import se.samspar.web.faces.Language;

/**
 * The audit trail (/audit) for administrators (everything) and coordinators (their agreements):
 * searched by agreement, user, kind of record and dates, paged in the database, exported as
 * CSV or XLSX. The trail decides what the caller may read; this page only asks.
 *
 * <p>Each page of rows is read on from where the one before it ended (keyset paging: the thousandth page as fast as the
 * first), and the export, which reads the table 500 rows at a time in order, reads the same way, writing as it goes.
 * The rows are shown in words ({@link AuditWording}), from two lookups per page of rows.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> SUBJECTS = List.of("AGREEMENT", "PARTY", "PRIORITY_AREA", "GOAL", "ACTIVITY",
            "FOLLOW_UP", "INDICATOR", "SITUATION_PICTURE", "PROBLEM", "ORGANISATION", "USER_ACCOUNT", "SIGN_IN", "ACCESS",
            "BACKUP", "COORDINATION_FUNCTION", "MEETING", "DECISION", "ACTION_ITEM", "ATTACHMENT");

    @Inject
    AuditTrail audit;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;
    @Inject
    UserNames people;
    @Inject
    ActivityReferences activityReferences;
    @Inject
    Language language;

    private Long agreementId;
    private String actor;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery applied = AuditQuery.ALL;
    private final Rows rows = new Rows();
    /** Agreement id → title for the rows rendered in this request (see {@link #agreementTitle}). */
    private transient Map<Long, String> titles = Map.of();
    /** The rows last read, in words. */
    private transient AuditWording wording;
    private static final String AGREEMENTS = AuditPage.class.getName() + ".agreements";

    /** f:viewAction: only administrators and coordinators read the trail. */
    public void load() {
        var c = callers.current();
        if (!c.isAdministrator() && !(c.hasRole(Roles.COORDINATOR) && !c.coordinatorOf().isEmpty())) {
            ViewParameters.refuse(403);
        }
    }

    public void apply() {
        applied = new AuditQuery(agreementId, actor, subject, from, to);
        rows.forget();
    }

    public void reset() {
        agreementId = null;
        actor = null;
        subject = null;
        from = null;
        to = null;
        applied = AuditQuery.ALL;
        rows.forget();
    }

    /**
     * Agreements the caller may search: all for administrators, their own for coordinators. Read once per request (the
     * menu and the rows' titles share it), never kept in the view, where it would go stale.
     */
    public List<AgreementView> getAgreements() {
        return PerRequest.get(AGREEMENTS, () -> {
            var c = callers.current();
            return agreements.agreements().stream()
                    .filter(a -> c.isAdministrator() || c.coordinates(a.id())).toList();
        });
    }

    public List<String> getSubjects() {
        return SUBJECTS;
    }

    /** The title of a row's agreement, from the titles resolved for the page of rows at once. */
    public String agreementTitle(Long id) {
        if (id == null) {
            return "";
        }
        if (titles == null || !titles.containsKey(id)) {
            titles = getAgreements().stream().collect(Collectors.toMap(AgreementView::id, AgreementView::title));
        }
        return titles.getOrDefault(id, "#" + id);
    }

    public LazyDataModel<AuditEntryView> getRows() {
        return rows;
    }

    /** The rows last read, in words: actor, record, action, summary and changed fields. */
    public AuditWording getWording() {
        if (wording == null) {
            wording = new AuditWording(language.getLocale(), Map.of(), Map.of());
        }
        return wording;
    }

    /** The entries, a page at a time, from the database. */
    public class Rows extends LazyDataModel<AuditEntryView> {
        private static final long serialVersionUID = 1L;
        /** Index of a page's first row → the entry before it, as pages were read (reading on needs no offset). */
        private final Map<Integer, AuditPosition> boundaries = new HashMap<>();
        /**
         * The number of entries of the applied search, counted once per search (a count of 300,000 entries takes
         * longer than a page): new entries while paging only move the last page.
         */
        private Long counted;

        void forget() {
            boundaries.clear();
            counted = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                if (counted == null) {
                    counted = audit.count(applied);
                }
                return (int) Math.min(Integer.MAX_VALUE, counted);
            } catch (AccessDenied e) {
                return 0;
            }
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            try {
                titles = Map.of();
                AuditPosition from = first <= 0 ? null
                        : boundaries.containsKey(first) ? boundaries.get(first) : audit.positionBefore(applied, first);
                List<AuditEntryView> page = first > 0 && from == null ? List.of() : audit.after(applied, from, pageSize);
                if (boundaries.size() > 1_000) {
                    boundaries.clear(); // an export of a long trail: keep the view small
                }
                if (!page.isEmpty()) {
                    boundaries.put(first + page.size(), AuditPosition.of(page.get(page.size() - 1)));
                }
                wording = new AuditWording(language.getLocale(), people.displayNames(AuditWording.usernames(page)),
                        activityReferences.of(AuditWording.activityIds(page)));
                return page;
            } catch (AccessDenied e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.id());
        }
    }

    public Long getAgreementId() { return agreementId; }
    public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
