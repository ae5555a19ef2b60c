package se.samspar.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.followup.api.ResultKind;
import se.samspar.platform.api.Text;

/** The coordinator's assessment of one priority area in a follow-up. */
@Entity
@Table(name = "FUP_ASSESSMENT")
@IdClass(Assessment.Key.class)
public class Assessment {
    @Id
    private long followUpId;
    @Id
    private long areaId;
    @Column(name = "ASSESSMENT_TEXT")
    private String text;
    @Enumerated(EnumType.STRING)
    private TrafficLight light;
    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT_KIND")
    private ResultKind kind;

    protected Assessment() {
    }

    public Assessment(long followUpId, long areaId) {
        this.followUpId = followUpId;
        this.areaId = areaId;
    }

    public void assess(String text, TrafficLight light, ResultKind kind) {
        this.text = Text.optional(text);
        this.light = light;
        this.kind = kind;
    }

    public long followUpId() { return followUpId; }
    public long areaId() { return areaId; }
    public String text() { return text; }
    public TrafficLight light() { return light; }
    public ResultKind kind() { return kind; }

    public record Key(long followUpId, long areaId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
