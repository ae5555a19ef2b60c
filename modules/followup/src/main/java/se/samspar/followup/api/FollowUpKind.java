package se.samspar.followup.api;

/** Delårsuppföljning, årsuppföljning or another follow-up. */
public enum FollowUpKind {
    HALF_YEAR, ANNUAL, OTHER
}
