package se.samspar.agreement.api;

import se.samspar.platform.api.Change;

/** Something of an agreement was created or changed: the agreement itself, a party, an area or a goal. */
public record AgreementChanged(long agreementId, Subject subject, long subjectId, Change change, String summary) {
    public enum Subject {
        AGREEMENT, PARTY, PRIORITY_AREA, GOAL
    }
}
