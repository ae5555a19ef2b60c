package se.samspar.actionplan.api;

import java.time.LocalDate;

/**
 * What a dashboard shows: one priority area or all, one party (leading or taking part) or all, and
 * the activities whose start–due span meets a period (open ends meet everything).
 */
public record DashboardFilter(Long areaId, Long partyId, LocalDate from, LocalDate to) {
    public static final DashboardFilter ALL = new DashboardFilter(null, null, null, null);
}
