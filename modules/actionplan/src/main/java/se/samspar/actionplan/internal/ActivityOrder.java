package se.samspar.actionplan.internal;

import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;

/**
 * ORDER BY for a sort: the key, then id. Status and light sort by their declared order through
 * a CASE; a key that may be missing gets a flag selected beside it so that missing values come
 * last in both directions.
 */
record ActivityOrder(String selected, String jpql) {
    static ActivityOrder of(ActivitySort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return switch (sort) {
            case REFERENCE -> plain("a.reference", direction);
            case TITLE -> plain("a.title", direction);
            case PROGRESS -> plain("a.progress", direction);
            case STATUS -> ranked(ActivityStatus.values(), "a.status", direction);
            case LIGHT -> ranked(TrafficLight.values(), "a.light", direction);
            case START_DATE -> missingLast("a.startDate", direction);
            case DUE_DATE -> missingLast("a.dueDate", direction);
            case LAST_UPDATE -> missingLast("a.lastUpdateAt", direction);
            case PLAN -> new ActivityOrder("", "a.areaId" + direction + ", a.order" + direction + ", a.id asc");
        };
    }

    private static ActivityOrder plain(String key, String direction) {
        return new ActivityOrder("", key + direction + ", a.id asc");
    }

    private static ActivityOrder ranked(Enum<?>[] values, String key, String direction) {
        StringBuilder rank = new StringBuilder("case");
        for (Enum<?> value : values) {
            rank.append(" when ").append(key).append(" = ").append(value.getDeclaringClass().getName())
                    .append('.').append(value.name()).append(" then ").append(value.ordinal());
        }
        rank.append(" else ").append(values.length).append(" end");
        return new ActivityOrder(", " + rank + " as sortRank", "sortRank" + direction + ", a.id asc");
    }

    private static ActivityOrder missingLast(String key, String direction) {
        return new ActivityOrder(", case when " + key + " is null then 1 else 0 end as missing",
                "missing asc, " + key + direction + ", a.id asc");
    }
}
