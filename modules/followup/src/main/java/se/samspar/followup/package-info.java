/**
 * The follow-up module will own indicators and their measurements, follow-up rounds
 * (uppföljningar: half-year, annual, other), the adopted snapshots that never change, and the
 * dashboards' read models. Tables {@code FUP_*}. Built by the follow-up issue; until then it holds
 * only this structure.
 */
package se.samspar.followup;
