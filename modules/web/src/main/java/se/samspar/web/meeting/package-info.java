/**
 * Feature: the coordination of an agreement (law 2023:196 § 8) — its coordination function, meetings, decisions
 * and action items, and the activities they create or change.
 */
package se.samspar.web.meeting;
