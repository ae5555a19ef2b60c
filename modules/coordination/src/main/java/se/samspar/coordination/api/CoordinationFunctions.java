package se.samspar.coordination.api;

/**
 * Naming an agreement's coordination function. Its coordinators do it (AccessDenied otherwise); input is validated
 * first (InvalidInput, nothing written) and a stale version is refused (StaleEdit).
 */
public interface CoordinationFunctions {
    /** Names the function, or changes it: {@code expectedVersion} is null only when none is named yet. */
    long name(long agreementId, Long expectedVersion, CoordinationFunctionDraft draft);
}
