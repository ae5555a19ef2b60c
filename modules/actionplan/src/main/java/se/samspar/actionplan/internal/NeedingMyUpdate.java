package se.samspar.actionplan.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samspar.actionplan.domain.Activity;
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
 *
 * <p>Asked as up to three disjoint parts — the agreements coordinated, then the activities the caller's parties lead,
 * then those naming the caller as reporter — rather than one condition with OR: an OR across columns keeps Derby from
 * using an index, so for the police (party to 290 agreements) every count read all 30,000 activities (issue 12's
 * benchmark: the start page took a second alone). Each part has an index to start from but the last.
 */
final class NeedingMyUpdate {
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_0-9]+)");
    private static final Comparator<Activity> SOONEST_DUE = Comparator
            .comparing(Activity::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Activity::id);

    /** The parts' conditions, disjoint, each with the needs-update condition. */
    private final List<String> parts;
    private final Map<String, Object> parameters;

    private NeedingMyUpdate(List<String> parts, Map<String, Object> parameters) {
        this.parts = parts;
        this.parameters = parameters;
    }

    /** Empty when the caller may report on nothing in these agreements. */
    static Optional<NeedingMyUpdate> of(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties,
                                        LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> rights = rights(caller, mine, parties, p);
        if (rights.isEmpty()) {
            return Optional.empty();
        }
        String needs = ActivityTableQuery.needsUpdateAcross(mine, today, p);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rights.size(); i++) {
            StringBuilder part = new StringBuilder(rights.get(i));
            for (int earlier = 0; earlier < i; earlier++) {
                part.append(" and not ").append(rights.get(earlier));
            }
            parts.add(part + " and " + needs);
        }
        return Optional.of(new NeedingMyUpdate(parts, p));
    }

    /**
     * Rule 5 as a JPQL condition on {@code a}, its parameters put into {@code p}; empty when the caller may report
     * on nothing in these agreements.
     */
    static Optional<String> mayReport(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties,
                                      Map<String, Object> p) {
        List<String> rights = rights(caller, mine, parties, p);
        return rights.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", rights) + ")");
    }

    /**
     * Rule 5's alternatives, each a condition on {@code a}: coordinated agreements, own leads, named reporter — the
     * reporter last, since only the others are negated to keep the parts apart (its column may be null).
     */
    private static List<String> rights(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties,
                                       Map<String, Object> p) {
        List<String> rights = new ArrayList<>();
        if (mine.isEmpty()) {
            return rights;
        }
        List<Long> coordinated = mine.stream().map(AgreementView::id).filter(caller::coordinates).toList();
        if (!coordinated.isEmpty()) {
            rights.add("(a.agreementId in :coordinated)");
            p.put("coordinated", coordinated);
        }
        boolean onlyBoard = caller.hasRole(Roles.BOARD_MEMBER) && !caller.hasRole(Roles.PARTNER)
                && !caller.hasRole(Roles.COORDINATOR);
        if (caller.username() != null && !onlyBoard) {
            Map<Long, AgreementView> byId = mine.stream().collect(Collectors.toMap(AgreementView::id, a -> a));
            List<Long> ownLeads = parties.stream()
                    .filter(x -> byId.containsKey(x.agreementId()) && byId.get(x.agreementId())
                            .partiesReportOwnActivities() && caller.belongsTo(x.organisationId()))
                    .map(PartyView::id).toList();
            if (!ownLeads.isEmpty() && (caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR))) {
                rights.add("(a.leadPartyId in :ownLeads)");
                p.put("ownLeads", ownLeads);
            }
            rights.add("(lower(a.reporterUser) = :me and a.agreementId in :mine)");
            p.put("me", caller.username().toLowerCase(Locale.ROOT));
            p.put("mine", List.copyOf(byId.keySet()));
        }
        return rights;
    }

    long count(EntityManager em) {
        long count = 0;
        for (String part : parts) {
            count += ((Number) query(em, "select count(a) from Activity a where " + part)
                    .getSingleResult()).longValue();
        }
        return count;
    }

    /** The count per agreement: one aggregate a part. */
    Map<Long, Long> countByAgreement(EntityManager em) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (String part : parts) {
            for (Object row : query(em, "select a.agreementId, count(a) from Activity a where " + part
                    + " group by a.agreementId").getResultList()) {
                Object[] r = (Object[]) row;
                counts.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum);
            }
        }
        return counts;
    }

    /** The first {@code max}, soonest due first (none last), then by id: each part's first, merged. */
    List<Activity> first(EntityManager em, int max) {
        List<Activity> found = new ArrayList<>();
        for (String part : parts) {
            List<?> rows = query(em, "select a, case when a.dueDate is null then 1 else 0 end as missing"
                    + " from Activity a where " + part + " order by missing asc, a.dueDate asc, a.id asc")
                    .setMaxResults(max).getResultList();
            rows.forEach(r -> found.add((Activity) ((Object[]) r)[0]));
        }
        return found.stream().sorted(SOONEST_DUE).limit(max).toList();
    }

    /** The query with the parameters its text names (a part names only some of them). */
    private Query query(EntityManager em, String jpql) {
        Query query = em.createQuery(jpql);
        Matcher named = PARAMETER.matcher(jpql);
        while (named.find()) {
            query.setParameter(named.group(1), parameters.get(named.group(1)));
        }
        return query;
    }
}
