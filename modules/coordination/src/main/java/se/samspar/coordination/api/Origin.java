package se.samspar.coordination.api;

import java.time.LocalDate;

/**
 * What lies behind an activity: a decision or an action item linked to it, with the meeting it came from (null for
 * a decision taken elsewhere), for the activity's page.
 */
public record Origin(Linked kind, long id, String text, LocalDate on, String body, String paragraph,
                     String diaryNumber, Long meetingId, String meetingTitle) {
}
