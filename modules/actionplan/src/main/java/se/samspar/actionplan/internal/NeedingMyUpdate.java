package se.samspar.actionplan.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samspar.actionplan.domain.ReportingRights;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Roles;

/**
 * "Needs my update" across the caller's agreements as one JPQL condition, so that the database filters, counts, sorts
 * and limits: rule 2 is {@link ActivityTableQuery#needsUpdate}, once per distinct update interval; rule 5 is
 * {@link ReportingRights#mayReport} restated on the columns (the agreements the caller coordinates; the activities
 * naming the caller as reporter; those led by the caller's organisation where parties report their own).
 */
final class NeedingMyUpdate {
    private final String where;
    private final Map<String, Object> parameters;

    private NeedingMyUpdate(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    /** Empty when the caller may report on nothing in these agreements. */
    static Optional<NeedingMyUpdate> of(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties,
                                        LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        return mayReport(caller, mine, parties, p).map(rights -> new NeedingMyUpdate(
                ActivityTableQuery.needsUpdateAcross(mine, today, p) + " and " + rights, p));
    }

    /**
     * Rule 5 as a JPQL condition on {@code a}, its parameters put into {@code p}; empty when the caller may report
     * on nothing in these agreements.
     */
    static Optional<String> mayReport(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties,
                                      Map<String, Object> p) {
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        List<String> rights = new ArrayList<>();
        List<Long> coordinated = mine.stream().map(AgreementView::id).filter(caller::coordinates).toList();
        if (!coordinated.isEmpty()) {
            rights.add("a.agreementId in :coordinated");
            p.put("coordinated", coordinated);
        }
        boolean onlyBoard = caller.hasRole(Roles.BOARD_MEMBER) && !caller.hasRole(Roles.PARTNER)
                && !caller.hasRole(Roles.COORDINATOR);
        if (caller.username() != null && !onlyBoard) {
            rights.add("lower(a.reporterUser) = :me");
            p.put("me", caller.username().toLowerCase(Locale.ROOT));
            Map<Long, AgreementView> byId = mine.stream().collect(Collectors.toMap(AgreementView::id, a -> a));
            List<Long> ownLeads = parties.stream()
                    .filter(x -> byId.containsKey(x.agreementId()) && byId.get(x.agreementId())
                            .partiesReportOwnActivities() && caller.belongsTo(x.organisationId()))
                    .map(PartyView::id).toList();
            if (!ownLeads.isEmpty() && (caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR))) {
                rights.add("a.leadPartyId in :ownLeads");
                p.put("ownLeads", ownLeads);
            }
        }
        if (rights.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("(" + String.join(" or ", rights) + ")");
    }

    long count(EntityManager em) {
        return ((Number) bound(em.createQuery("select count(a) from Activity a where " + where)).getSingleResult())
                .longValue();
    }

    /** The count per agreement: one aggregate. */
    Map<Long, Long> countByAgreement(EntityManager em) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object row : bound(em.createQuery("select a.agreementId, count(a) from Activity a where " + where
                + " group by a.agreementId")).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The first {@code max}, soonest due first (none last), then by id. */
    List<se.samspar.actionplan.domain.Activity> first(EntityManager em, int max) {
        List<?> rows = bound(em.createQuery("select a, case when a.dueDate is null then 1 else 0 end as missing"
                + " from Activity a where " + where + " order by missing asc, a.dueDate asc, a.id asc"))
                .setMaxResults(max).getResultList();
        return rows.stream().map(r -> (se.samspar.actionplan.domain.Activity) ((Object[]) r)[0]).toList();
    }

    private Query bound(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
