package se.samspar.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.Text;

/** One measured value of an indicator for a period; one per indicator and period. */
@Entity
@Table(name = "FUP_MEASUREMENT")
public class Measurement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long indicatorId;
    @Column(updatable = false)
    private String period;
    @Column(name = "MEASURED_VALUE")
    private BigDecimal value;
    @Column(name = "COMMENT_TEXT")
    private String comment;

    protected Measurement() {
    }

    public Measurement(long indicatorId, String period) {
        this.indicatorId = indicatorId;
        this.period = period;
    }

    /** The value must fit its column; nothing rounds it. */
    public void record(BigDecimal value, String comment) {
        this.value = Decimals.require("value", value, IndicatorDraft.INTEGER, IndicatorDraft.FRACTION);
        this.comment = Text.optional(comment);
    }

    public Long id() { return id; }
    public long indicatorId() { return indicatorId; }
    public String period() { return period; }
    public BigDecimal value() { return value; }
    public String comment() { return comment; }
}
