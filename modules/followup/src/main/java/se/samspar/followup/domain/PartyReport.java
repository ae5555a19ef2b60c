package se.samspar.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A party's "our part is reported" mark in a follow-up: who set it and when. Set once. */
@Entity
@Table(name = "FUP_PARTY_REPORT")
@IdClass(PartyReport.Key.class)
public class PartyReport {
    @Id
    private long followUpId;
    @Id
    private long partyId;
    @Column(updatable = false)
    private String reportedBy;
    @Column(updatable = false)
    private LocalDateTime reportedAt;

    protected PartyReport() {
    }

    public PartyReport(long followUpId, long partyId, String reportedBy, LocalDateTime reportedAt) {
        this.followUpId = followUpId;
        this.partyId = partyId;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public long followUpId() { return followUpId; }
    public long partyId() { return partyId; }
    public String reportedBy() { return reportedBy; }
    public LocalDateTime reportedAt() { return reportedAt; }

    public record Key(long followUpId, long partyId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
