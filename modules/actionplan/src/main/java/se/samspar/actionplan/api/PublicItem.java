package se.samspar.actionplan.api;

import java.time.LocalDateTime;

/**
 * One published item as the public sees it, and nothing else: its code or reference, title and public text; for an
 * activity its status and progress, for an area the weighted progress of its activities (rule 4) and how many are
 * completed; the time of the latest status report. Never comments, persons, hours or anything unpublished.
 *
 * @param status an activity's status; null for an area
 * @param progress percent, null when nothing counts (an area without activities)
 * @param activities an area's activities counted in its progress (cancelled left out); 1 for an activity
 * @param completed of those, how many are completed
 * @param lastUpdate the latest status report, null when none
 */
public record PublicItem(PublishedKind kind, long id, String code, String title, String publicText,
                         ActivityStatus status, Double progress, int activities, int completed,
                         LocalDateTime lastUpdate, LocalDateTime publishedAt) {
}
