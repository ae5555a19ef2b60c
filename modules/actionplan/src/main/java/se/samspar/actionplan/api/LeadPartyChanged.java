package se.samspar.actionplan.api;

/**
 * An activity was handed to another lead party (its editing changed the lead party), fired after its
 * {@link ActivityChanged} in the same transaction.
 */
public record LeadPartyChanged(long agreementId, long activityId, String reference, String title, long fromPartyId,
                               long toPartyId) {
}
