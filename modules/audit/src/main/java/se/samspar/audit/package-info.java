/**
 * The audit module owns the audit trail: it observes the other modules' events in the same
 * transaction as the change, so an audit row commits with the change or not at all. Append-only.
 * Table {@code AUD_ENTRY}.
 */
package se.samspar.audit;
