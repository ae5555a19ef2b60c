package se.samspar.followup.api;

import se.samspar.platform.api.Change;

/** A follow-up was opened, changed, marked reported by a party, or adopted (what names it). */
public record FollowUpChanged(long agreementId, long followUpId, Change change, String what) {
}
