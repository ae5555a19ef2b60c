package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.LeadReporting;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.platform.api.ModuleService;

/**
 * {@link LeadReporting} as one SQL statement: per window an aggregate over its agreement's activities, joined to
 * the distinct activities with an update in the period, the windows glued with UNION ALL. Counting in the
 * database keeps it to one round trip whatever the number of activities, updates or windows.
 */
@ModuleService
public class LeadReportingBean implements LeadReporting {
    private static final String PER_WINDOW = "SELECT CAST(? AS BIGINT), a.LEAD_PARTY_ID, COUNT(*), COUNT(r.ACTIVITY_ID)"
            + " FROM ACT_ACTIVITY a LEFT JOIN (SELECT DISTINCT u.ACTIVITY_ID FROM ACT_STATUS_UPDATE u"
            + " JOIN ACT_ACTIVITY x ON x.ID = u.ACTIVITY_ID WHERE x.AGREEMENT_ID = ?"
            + " AND u.REPORTED_AT >= ? AND u.REPORTED_AT < ?) r ON r.ACTIVITY_ID = a.ID"
            + " WHERE a.AGREEMENT_ID = ? AND (a.START_DATE IS NULL OR a.START_DATE <= ?)"
            + " AND (a.DUE_DATE IS NULL OR a.DUE_DATE >= ?)";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;

    @Override
    public Map<Long, List<LeadCount>> inPeriods(List<Window> windows) {
        Set<Long> visible = agreements.agreements().stream().map(AgreementView::id).collect(Collectors.toSet());
        List<Window> seen = windows.stream().filter(w -> visible.contains(w.agreementId())).toList();
        Map<Long, List<LeadCount>> counts = new LinkedHashMap<>();
        if (seen.isEmpty()) {
            return counts;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Window w : seen) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append(PER_WINDOW);
            parameters.addAll(List.of(w.key(), w.agreementId(), Timestamp.valueOf(w.from().atStartOfDay()),
                    Timestamp.valueOf(w.to().plusDays(1).atStartOfDay()), w.agreementId(), Date.valueOf(w.to()),
                    Date.valueOf(w.from())));
            if (w.leadPartyId() != null) {
                sql.append(" AND a.LEAD_PARTY_ID = ?");
                parameters.add(w.leadPartyId());
            }
            sql.append(" GROUP BY a.LEAD_PARTY_ID");
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        for (Object o : query.getResultList()) {
            Object[] row = (Object[]) o;
            counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new LeadCount(((Number) row[1]).longValue(), ((Number) row[2]).intValue(),
                            ((Number) row[3]).intValue()));
        }
        return counts;
    }
}
