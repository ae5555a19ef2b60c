/**
 * Published API of the action plan: {@link se.samspar.actionplan.api.ActivityEditing},
 * {@link se.samspar.actionplan.api.StatusUpdates}, {@link se.samspar.actionplan.api.StatusReporting},
 * {@link se.samspar.actionplan.api.ActivityQueries}, drafts,
 * views, progress read models and the events {@link se.samspar.actionplan.api.ActivityChanged}
 * and {@link se.samspar.actionplan.api.StatusReported}.
 */
package se.samspar.actionplan.api;
