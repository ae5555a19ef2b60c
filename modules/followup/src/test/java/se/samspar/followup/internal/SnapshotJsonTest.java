package se.samspar.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.ResultKind;

/**
 * A snapshot is written once and read for ever: a report with hours, kinds and problems survives the round trip, and
 * a snapshot stored before those fields existed still reads, with them empty.
 */
class SnapshotJsonTest {
    private final SnapshotJson json = new SnapshotJson();

    private static FollowUpReport report() {
        FollowUpReport.Activity activity = new FollowUpReport.Activity(50, "VINR-1", "Aktivitet", null, "Polisen",
                ActivityStatus.IN_PROGRESS, TrafficLight.YELLOW, 40, null, LocalDate.of(2024, 6, 30), false,
                List.of(), new BigDecimal("6.5"));
        FollowUpReport.Area area = new FollowUpReport.Area(1, "VINR", "Våld i nära relation", "Bra", TrafficLight.GREEN,
                40, 0, List.of(activity), List.of(), ResultKind.EFFECT);
        return new FollowUpReport(3, 7, "Överenskommelse", "KS-1", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                FollowUpKind.ANNUAL, "Årsuppföljning", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                FollowUpStatus.ADOPTED, null, null, "Anna", LocalDateTime.of(2025, 1, 2, 9, 0), null,
                LocalDateTime.of(2025, 1, 2, 9, 0), new FollowUpReport.Figures(1, 0, 0, 0, 0, 40, new BigDecimal("6.5")),
                List.of(area), List.of(new FollowUpReport.Party(10, "Polisen", 1, 40, null, null, new BigDecimal("6.5"))),
                null, List.of(new FollowUpReport.Problem(5, "Våld", "VIOLENCE", List.of(50L), List.of())));
    }

    @Test
    void aReportWithHoursKindsAndProblemsSurvivesTheRoundTrip() {
        FollowUpReport back = json.read(json.write(report()));
        assertEquals(report(), back);
        assertEquals(new BigDecimal("6.5"), back.parties().get(0).hours());
        assertEquals(ResultKind.EFFECT, back.areas().get(0).assessmentKind());
        assertEquals(List.of(50L), back.problems().get(0).activityIds());
    }

    @Test
    void aSnapshotStoredBeforeHoursKindsAndProblemsStillReads() {
        String old = without(jakarta.json.Json.createReader(new java.io.StringReader(json.write(report()))).readValue(),
                java.util.Set.of("hours", "assessmentKind", "problems")).toString();
        assertTrue(!old.contains("hours") && !old.contains("problems") && !old.contains("assessmentKind"), old);
        FollowUpReport back = json.read(old);
        assertNull(back.hours());
        assertNull(back.parties().get(0).hours());
        assertNull(back.areas().get(0).activities().get(0).hours());
        assertNull(back.areas().get(0).assessmentKind());
        assertTrue(back.problems().isEmpty());
        assertEquals("VINR-1", back.areas().get(0).activities().get(0).reference());
    }

    /** The JSON with the given keys removed at every depth: what an older version of the report wrote. */
    private static jakarta.json.JsonValue without(jakarta.json.JsonValue v, java.util.Set<String> keys) {
        if (v instanceof jakarta.json.JsonObject o) {
            jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
            o.forEach((k, x) -> {
                if (!keys.contains(k)) {
                    b.add(k, without(x, keys));
                }
            });
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            jakarta.json.JsonArrayBuilder b = jakarta.json.Json.createArrayBuilder();
            a.forEach(x -> b.add(without(x, keys)));
            return b.build();
        }
        return v;
    }
}
