package se.samspar.agreement.api;

import java.time.LocalDate;
import java.time.Period;

/**
 * An agreement's period, from–to, both days included, and what follows from it: whether it has
 * ended (a state shown beside the stored status, which stays as it is until a coordinator closes
 * or renews), whether a date falls outside it, and the period a renewal proposes.
 */
public record AgreementPeriod(LocalDate from, LocalDate to) {

    public static AgreementPeriod of(AgreementView agreement) {
        return new AgreementPeriod(agreement.validFrom(), agreement.validTo());
    }

    /** Ended: the last day is before today, and the agreement is not closed already. */
    public static boolean ended(AgreementView agreement, LocalDate today) {
        return agreement.status() != AgreementStatus.CLOSED && of(agreement).endedBy(today);
    }

    public boolean endedBy(LocalDate today) {
        return to != null && to.isBefore(today);
    }

    /** Is the date outside the period (null is never outside)? */
    public boolean excludes(LocalDate date) {
        return date != null && ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to)));
    }

    /**
     * The period that follows, to the day: it starts the day after this one ends and is as long
     * in calendar terms, so 2023-01-01–2024-12-31 is followed by 2025-01-01–2026-12-31.
     */
    public AgreementPeriod next() {
        LocalDate start = to.plusDays(1);
        Period length = Period.between(from, to.plusDays(1));
        return new AgreementPeriod(start, start.plus(length).minusDays(1));
    }
}
