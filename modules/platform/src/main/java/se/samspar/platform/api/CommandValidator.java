package se.samspar.platform.api;

/**
 * Checks a service's input against its Bean Validation constraints and raises
 * {@link InvalidInput} naming every offending field. Services call it first, so a refused
 * input writes nothing.
 */
public interface CommandValidator {
    void check(Object command);
}
