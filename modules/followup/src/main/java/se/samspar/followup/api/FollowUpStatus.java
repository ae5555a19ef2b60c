package se.samspar.followup.api;

/** A follow-up is prepared, then open for the parties' reporting, then adopted and final (rule 6). */
public enum FollowUpStatus {
    DRAFT, REPORTING, ADOPTED
}
