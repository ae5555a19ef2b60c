package se.samspar.situation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An activity addressing a problem. Not part of the frozen picture: an action plan goes on after the picture it
 * answers was adopted, so measures are linked to the current version's problems whatever its state.
 */
@Entity
@Table(name = "SIT_MEASURE")
public class Measure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long problemId;
    @Column(updatable = false)
    private long activityId;
    @Column(updatable = false)
    private long agreementId;

    protected Measure() {
    }

    public Measure(long problemId, long activityId, long agreementId) {
        this.problemId = problemId;
        this.activityId = activityId;
        this.agreementId = agreementId;
    }

    public Long id() { return id; }
    public long problemId() { return problemId; }
    public long activityId() { return activityId; }
    public long agreementId() { return agreementId; }
}
