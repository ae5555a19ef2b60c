package se.samspar.actionplan.api;

import java.util.List;

/**
 * The caller's work queue across their agreements (the start page): what is red or at risk, what is due soon and what
 * waits for their report, each counted per agreement and listed a few at a time. Where the caller coordinates an
 * agreement it looks at all its activities; elsewhere at those their organisation leads.
 *
 * @param scopes          the agreements where something is waiting, with the counts there (none with all counts 0)
 * @param atRisk          the first open activities whose light is not green, red first, then soonest due
 * @param dueSoon         the first open activities due within {@link #dueWithinDays}, soonest first
 * @param needingMyUpdate the first activities the caller may report on that need an update (rule 2), soonest due first
 * @param dueWithinDays   the horizon of "due soon", in days from today
 */
public record WorkQueue(List<Scope> scopes, List<ActivityView> atRisk, List<ActivityView> dueSoon,
                        List<ActivityView> needingMyUpdate, int dueWithinDays) {

    /**
     * One agreement of the queue.
     *
     * @param agreementId     the agreement
     * @param leadPartyId     null where the caller coordinates (all activities); else their organisation's party, whose
     *                        activities the counts are
     * @param atRisk          open, light not green
     * @param dueSoon         open, due within the horizon
     * @param needingMyUpdate needing the caller's report
     */
    public record Scope(long agreementId, Long leadPartyId, long atRisk, long dueSoon, long needingMyUpdate) {
    }

    public long atRiskCount() {
        return scopes.stream().mapToLong(Scope::atRisk).sum();
    }

    public long dueSoonCount() {
        return scopes.stream().mapToLong(Scope::dueSoon).sum();
    }

    public long needingMyUpdateCount() {
        return scopes.stream().mapToLong(Scope::needingMyUpdate).sum();
    }

    public static WorkQueue empty(int dueWithinDays) {
        return new WorkQueue(List.of(), List.of(), List.of(), List.of(), dueWithinDays);
    }
}
