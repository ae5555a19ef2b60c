package se.samspar.actionplan.api;

/**
 * What an activity table is sorted by. Status and light sort in their declared order (planned
 * first; green before yellow before red). Start, due and last update may be missing: those
 * activities come last in either direction. Ties keep the order in which activities were created. {@code PLAN} is the
 * action plan's order: priority area by area, each area's activities in the order the coordinators gave them.
 */
public enum ActivitySort {
    REFERENCE, TITLE, STATUS, LIGHT, PROGRESS, START_DATE, DUE_DATE, LAST_UPDATE, PLAN
}
