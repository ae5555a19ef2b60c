/** Reading the audit trail: {@link se.samspar.audit.api.AuditTrail} and {@link se.samspar.audit.api.AuditEntryView}. */
package se.samspar.audit.api;
