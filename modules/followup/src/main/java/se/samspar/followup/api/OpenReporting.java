package se.samspar.followup.api;

import java.time.LocalDate;

/** A follow-up open for reporting in which the caller's organisation still has activities to report. */
public record OpenReporting(long followUpId, long agreementId, String title, LocalDate reportingDeadline,
                            int remaining) {
}
