package se.samspar.coordination.api;

/** What an attachment belongs to: an agreement (the signed agreement), a meeting (its minutes) or a decision. */
public enum AttachmentOwner {
    AGREEMENT, MEETING, DECISION
}
