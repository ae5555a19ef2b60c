package se.samspar.followup.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading follow-up rounds: who may prepare them, an agreement's rounds, the adopted ones, a round's report (the frozen
 * snapshot once adopted) and the board's figures of the adopted annual ones. Board members see adopted rounds only.
 */
public interface FollowUpQueries {
    /**
     * May the caller prepare and adopt follow-ups of this agreement: is it a coordinator of it, and the agreement not
     * closed (rule 11)? For pages; every change checks again.
     */
    boolean mayPrepare(long agreementId);

    /** The follow-ups of an agreement the caller may see, newest period first. Board members see adopted ones only. */
    List<FollowUpView> ofAgreement(long agreementId);

    /** Adopted follow-ups of every agreement the caller sees, newest first. */
    List<FollowUpView> adopted();

    /** The newest {@code max} of {@link #adopted()}, limited in the database (the board member's start page). */
    List<FollowUpView> adopted(int max);

    Optional<FollowUpView> find(long followUpId);

    /** The report: the frozen snapshot of an adopted follow-up, else built now from the live data. */
    FollowUpReport report(long followUpId);

    /** The frozen reports of an agreement's adopted annual follow-ups, oldest period first, for comparing years. */
    List<FollowUpReport> adoptedAnnualReports(long agreementId);

    /**
     * The frozen report of the adopted annual follow-up a report of a period starting on {@code periodFrom} is compared
     * with: the latest whose period ends before that day (of a corrected year, the one adopted last), if any. One
     * snapshot read, however many years the agreement has been followed up.
     */
    Optional<FollowUpReport> adoptedAnnualReportBefore(long agreementId, LocalDate periodFrom);

    /**
     * The figures of the adopted annual follow-ups of every agreement the caller sees, by agreement id, oldest period
     * first: the board's year comparisons. Taken from each snapshot once and then kept (snapshots never change), so a
     * request reads the follow-ups' ids, not their snapshots.
     */
    Map<Long, List<AnnualFigures>> adoptedAnnualFigures();

    /** The same for those of the given agreements the caller sees: the ones a page shows, not all 290. */
    Map<Long, List<AnnualFigures>> adoptedAnnualFigures(java.util.Collection<Long> agreementIds);
}
