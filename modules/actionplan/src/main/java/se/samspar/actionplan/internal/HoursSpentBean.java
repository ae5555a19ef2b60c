package se.samspar.actionplan.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.samspar.actionplan.api.DashboardFilter;
import se.samspar.actionplan.api.HoursSpent;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;

/** Hours in one aggregate statement each, under the dashboard's filter (issue 13, Brå's resources). */
@ModuleService
public class HoursSpentBean implements HoursSpent {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;

    @Override
    public Hours ofAgreement(long agreementId, DashboardFilter filter) {
        agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        DashboardFilter f = filter == null ? DashboardFilter.ALL : filter;
        ActivityStatisticsBean.Where where = ActivityStatisticsBean.where(agreementId, f)
                .and("u.HOURS_SPENT IS NOT NULL");
        if (f.from() != null) {
            where = where.and("u.REPORTED_AT >= ?", java.sql.Timestamp.valueOf(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            where = where.and("u.REPORTED_AT < ?", java.sql.Timestamp.valueOf(f.to().plusDays(1).atStartOfDay()));
        }
        BigDecimal total = BigDecimal.ZERO;
        Map<Long, BigDecimal> byArea = new HashMap<>();
        Map<Long, BigDecimal> byOrganisation = new HashMap<>();
        for (Object row : where.query(em, "SELECT a.AREA_ID, u.REPORTER_ORG_ID, SUM(u.HOURS_SPENT)"
                + " FROM ACT_STATUS_UPDATE u JOIN ACT_ACTIVITY a ON a.ID = u.ACTIVITY_ID",
                "GROUP BY a.AREA_ID, u.REPORTER_ORG_ID").getResultList()) {
            Object[] r = (Object[]) row;
            BigDecimal hours = (BigDecimal) r[2];
            total = total.add(hours);
            byArea.merge(((Number) r[0]).longValue(), hours, BigDecimal::add);
            if (r[1] != null) {
                byOrganisation.merge(((Number) r[1]).longValue(), hours, BigDecimal::add);
            }
        }
        return new Hours(total, byArea, byOrganisation);
    }

    @Override
    public Map<Long, BigDecimal> ofActivities(Collection<Long> activityIds, LocalDate from, LocalDate to) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new TreeSet<>(activityIds);
        List<Long> agreementIds = em.createQuery("select distinct a.agreementId from Activity a where a.id in :ids",
                Long.class).setParameter("ids", ids).getResultList();
        agreementIds.forEach(g -> agreements.structure(g).orElseThrow(() -> new NotFound("Agreement", g)));
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] r : em.createQuery("select u.activityId, sum(u.hoursSpent) from StatusUpdate u"
                        + " where u.activityId in :ids and u.hoursSpent is not null and u.reportedAt >= :from"
                        + " and u.reportedAt < :to group by u.activityId", Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", (from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay())
                .setParameter("to", (to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1)).atStartOfDay())
                .getResultList()) {
            out.put((Long) r[0], (BigDecimal) r[1]);
        }
        return out;
    }
}
