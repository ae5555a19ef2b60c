/**
 * Feature: the audit trail, for administrators and coordinators.
 */
package se.samspar.web.audit;
