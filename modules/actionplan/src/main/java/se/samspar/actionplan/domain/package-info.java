/**
 * Activities and status updates with their rules as plain Java: {@link
 * se.samspar.actionplan.domain.Timeliness} (rules 1 and 2 of the product), the completed-means-100
 * rule in {@link se.samspar.actionplan.domain.StatusUpdate} (rule 3) and {@link
 * se.samspar.actionplan.domain.ProgressRollup} (rule 4).
 */
package se.samspar.actionplan.domain;
