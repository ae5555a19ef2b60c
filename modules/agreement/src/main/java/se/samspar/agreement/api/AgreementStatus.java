package se.samspar.agreement.api;

/** Utkast, gällande, avslutad: an agreement moves forward only, DRAFT → ACTIVE → CLOSED. */
public enum AgreementStatus {
    DRAFT, ACTIVE, CLOSED
}
