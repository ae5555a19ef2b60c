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
import java.util.Set;
import java.util.function.Predicate;
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
 * <p>Asked in disjoint parts rather than as one condition with OR: the agreements coordinated, then the activities
 * the caller's parties lead (each an index to start from), then those naming the caller as reporter. The last is
 * asked on the reporter alone and kept apart from the others here: a person is named on a handful of activities, and
 * testing every activity against lists of 290 agreements and parties (the police) was what made the start page take
 * a second alone in issue 12's benchmark.
 */
final class NeedingMyUpdate {
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_0-9]+)");
    private static final Comparator<Activity> SOONEST_DUE = Comparator
            .comparing(Activity::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Activity::id);

    /** The parts' conditions, disjoint, each with the needs-update condition. */
    private final List<String> parts;
    /** The needs-update condition on the activities naming the caller as reporter; null when that right is not had. */
    private final String named;
    private final Predicate<Activity> namedOnly;
    private final Map<String, Object> parameters;

    private NeedingMyUpdate(List<String> parts, String named, Predicate<Activity> namedOnly,
                            Map<String, Object> parameters) {
        this.parts = parts;
        this.named = named;
        this.namedOnly = namedOnly;
        this.parameters = parameters;
    }

    /** Empty when the caller may report on nothing in these agreements. */
    static Optional<NeedingMyUpdate> of(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties,
                                        LocalDate today) {
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        Set<Long> coordinated = coordinated(caller, mine);
        Set<Long> ownLeads = ownLeads(caller, mine, parties);
        boolean reporter = mayBeNamed(caller);
        if (coordinated.isEmpty() && ownLeads.isEmpty() && !reporter) {
            return Optional.empty();
        }
        String needs = ActivityTableQuery.needsUpdateAcross(mine, today, p);
        List<String> parts = new ArrayList<>();
        if (!coordinated.isEmpty()) {
            parts.add("a.agreementId in :coordinated and " + needs);
            p.put("coordinated", List.copyOf(coordinated));
        }
        if (!ownLeads.isEmpty()) {
            parts.add("a.leadPartyId in :ownLeads" + (coordinated.isEmpty() ? "" : " and a.agreementId not in :coordinated")
                    + " and " + needs);
            p.put("ownLeads", List.copyOf(ownLeads));
        }
        String named = null;
        Predicate<Activity> namedOnly = a -> false;
        if (reporter) {
            named = "lower(a.reporterUser) = :me and " + needs;
            p.put("me", caller.username().toLowerCase(Locale.ROOT));
            Set<Long> visible = mine.stream().map(AgreementView::id).collect(Collectors.toSet());
            namedOnly = a -> visible.contains(a.agreementId()) && !coordinated.contains(a.agreementId())
                    && !ownLeads.contains(a.leadPartyId());
        }
        return Optional.of(new NeedingMyUpdate(parts, named, namedOnly, p));
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
        Set<Long> coordinated = coordinated(caller, mine);
        if (!coordinated.isEmpty()) {
            rights.add("a.agreementId in :coordinated");
            p.put("coordinated", List.copyOf(coordinated));
        }
        Set<Long> ownLeads = ownLeads(caller, mine, parties);
        if (!ownLeads.isEmpty()) {
            rights.add("a.leadPartyId in :ownLeads");
            p.put("ownLeads", List.copyOf(ownLeads));
        }
        if (mayBeNamed(caller)) {
            rights.add("lower(a.reporterUser) = :me");
            p.put("me", caller.username().toLowerCase(Locale.ROOT));
        }
        return rights.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", rights) + ")");
    }

    private static Set<Long> coordinated(Caller caller, Collection<AgreementView> mine) {
        return mine.stream().map(AgreementView::id).filter(caller::coordinates).collect(Collectors.toSet());
    }

    /** The caller's organisation's parties, where parties report their own activities, for partners and coordinators. */
    private static Set<Long> ownLeads(Caller caller, Collection<AgreementView> mine, Collection<PartyView> parties) {
        if (!mayBeNamed(caller) || !(caller.hasRole(Roles.PARTNER) || caller.hasRole(Roles.COORDINATOR))) {
            return Set.of();
        }
        Map<Long, AgreementView> byId = mine.stream().collect(Collectors.toMap(AgreementView::id, a -> a));
        return parties.stream().filter(x -> byId.containsKey(x.agreementId())
                        && byId.get(x.agreementId()).partiesReportOwnActivities() && caller.belongsTo(x.organisationId()))
                .map(PartyView::id).collect(Collectors.toSet());
    }

    /** A signed-in user other than a board member alone may be named as an activity's reporter. */
    private static boolean mayBeNamed(Caller caller) {
        boolean onlyBoard = caller.hasRole(Roles.BOARD_MEMBER) && !caller.hasRole(Roles.PARTNER)
                && !caller.hasRole(Roles.COORDINATOR);
        return caller.username() != null && !onlyBoard;
    }

    long count(EntityManager em) {
        long count = 0;
        for (String part : parts) {
            count += ((Number) query(em, "select count(a) from Activity a where " + part).getSingleResult())
                    .longValue();
        }
        return count + named(em).size();
    }

    /** The count per agreement: one aggregate a part, and the activities naming the caller. */
    Map<Long, Long> countByAgreement(EntityManager em) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (String part : parts) {
            for (Object row : query(em, "select a.agreementId, count(a) from Activity a where " + part
                    + " group by a.agreementId").getResultList()) {
                Object[] r = (Object[]) row;
                counts.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum);
            }
        }
        named(em).forEach(a -> counts.merge(a.agreementId(), 1L, Long::sum));
        return counts;
    }

    /** The first {@code max}, soonest due first (none last), then by id: each part's first, merged. */
    List<Activity> first(EntityManager em, int max) {
        List<Activity> found = new ArrayList<>(named(em));
        for (String part : parts) {
            List<?> rows = query(em, "select a, case when a.dueDate is null then 1 else 0 end as missing"
                    + " from Activity a where " + part + " order by missing asc, a.dueDate asc, a.id asc")
                    .setMaxResults(max).getResultList();
            rows.forEach(r -> found.add((Activity) ((Object[]) r)[0]));
        }
        return found.stream().sorted(SOONEST_DUE).limit(max).toList();
    }

    /** The activities naming the caller as reporter that need an update and no other part holds (a handful). */
    private List<Activity> named(EntityManager em) {
        if (named == null) {
            return List.of();
        }
        List<?> rows = query(em, "select a from Activity a where " + named).getResultList();
        return rows.stream().map(Activity.class::cast).filter(namedOnly).toList();
    }

    /** The query with the parameters its text names (a part names only some of them). */
    private Query query(EntityManager em, String jpql) {
        Query query = em.createQuery(jpql);
        Matcher names = PARAMETER.matcher(jpql);
        while (names.find()) {
            query.setParameter(names.group(1), parameters.get(names.group(1)));
        }
        return query;
    }
}
