/**
 * The coordination module: an agreement's coordination function (law 2023:196 § 8: who, which organisation,
 * contact), its meetings (samverkansmöten: steering group, working group, other) with participating parties,
 * agenda, minutes and action items, and decisions, taken at a meeting or elsewhere (a board's answer to a motion,
 * with body, date, §, diary number and any reservation). Decisions and action items link to the activities they
 * create or change. Tables {@code COO_*}.
 */
package se.samspar.coordination;
