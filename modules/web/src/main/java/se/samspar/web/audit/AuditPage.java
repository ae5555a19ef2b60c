package se.samspar.web.audit;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.table.PerRequest;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.samspar.agreement.api.AgreementView;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.audit.api.AuditQuery;
import se.samspar.audit.api.AuditTrail;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Roles;

/**
 * The audit trail (/audit) for administrators (everything) and coordinators (their agreements):
 * searched by agreement, user, kind of record and dates, paged in the database, exported as
 * CSV or XLSX. The trail decides what the caller may read; this page only asks.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> SUBJECTS = List.of("AGREEMENT", "PARTY", "PRIORITY_AREA", "GOAL", "ACTIVITY",
            "FOLLOW_UP", "INDICATOR", "ORGANISATION", "USER_ACCOUNT", "SIGN_IN", "ACCESS", "BACKUP");

    @Inject
    transient AuditTrail audit;
    @Inject
    transient AgreementQueries agreements;
    @Inject
    transient CallerContext callers;

    private Long agreementId;
    private String actor;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery applied = AuditQuery.ALL;
    private final Rows rows = new Rows();
    /** Agreement id → title for the rows rendered in this request (see {@link #agreementTitle}). */
    private transient Map<Long, String> titles = Map.of();
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
    }

    public void reset() {
        agreementId = null;
        actor = null;
        subject = null;
        from = null;
        to = null;
        applied = AuditQuery.ALL;
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

    /** The entries, a page at a time, from the database. */
    public class Rows extends LazyDataModel<AuditEntryView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, audit.count(applied));
            } catch (AccessDenied e) {
                return 0;
            }
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            try {
                titles = Map.of();
                return audit.search(applied, first, pageSize);
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
