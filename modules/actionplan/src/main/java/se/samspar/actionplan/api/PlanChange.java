package se.samspar.actionplan.api;

import java.time.LocalDate;

/**
 * One difference between the signed plan and today's (rule 13). For an activity, its reference and title; for an
 * area or goal, its code (or none) and name. {@code from} and {@code to} are names (area, goal, lead party) or
 * the weight; a moved date is in {@code fromDate} and {@code toDate}.
 */
public record PlanChange(Kind kind, String reference, String title, String from, String to, LocalDate fromDate,
                         LocalDate toDate) {

    public enum Kind {
        AREA_ADDED, AREA_REMOVED, GOAL_ADDED, GOAL_REMOVED,
        ADDED, REMOVED, CANCELLED, DUE_DATE_MOVED, START_DATE_MOVED, LEAD_PARTY_CHANGED, AREA_CHANGED,
        GOAL_CHANGED, WEIGHT_CHANGED
    }
}
