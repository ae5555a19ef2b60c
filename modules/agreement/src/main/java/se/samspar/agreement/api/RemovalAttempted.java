package se.samspar.agreement.api;

import se.samspar.agreement.api.AgreementChanged.Subject;

/**
 * A party, priority area or goal is about to be removed from an agreement. Fired in the removing transaction
 * before anything is removed: a module that still refers to it (an activity it leads, an indicator on a goal)
 * refuses the removal by throwing {@code Refusal} with what refers to it, and nothing is removed.
 */
public record RemovalAttempted(long agreementId, Subject subject, long subjectId) {
}
