package se.samspar.notification.api;

/** What a reminder is about; the mail log keeps it with the recipient and the time, never the content. */
public enum MailKind {
    /** The weekly digest of what waits for the recipient's status report. */
    DIGEST,
    /** A follow-up was opened for reporting and the recipient's organisation has activities to report in it. */
    REPORTING_OPENED,
    /** A follow-up's reporting deadline is near and the recipient's organisation has not reported. */
    REPORTING_DEADLINE,
    /** An activity was handed to the recipient's organisation as its new lead party. */
    HANDED_OVER
}
