/** The audit entry: written once, never changed (no setters, columns not updatable). */
package se.samspar.audit.domain;
