package se.samspar.followup.api;

/**
 * Brå's three kinds of follow-up: production (what was done), process (how the work went) and effect (did the
 * problem change). Indicators and a follow-up's assessments are marked with one; the report groups by it.
 */
public enum ResultKind {
    PRODUCTION, PROCESS, EFFECT
}
