package se.samspar.actionplan.api;

/** A status update with the activity it belongs to, for "latest updates" lists. */
public record RecentUpdate(StatusUpdateView update, long agreementId, String reference, String title) {
}
