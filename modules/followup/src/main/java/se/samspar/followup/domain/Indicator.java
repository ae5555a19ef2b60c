package se.samspar.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.followup.api.ResultKind;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.Text;

/** An indicator (nyckeltal) of one goal of an agreement; the goal and agreement are the agreement module's ids. */
@Entity
@Table(name = "FUP_INDICATOR")
public class Indicator {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    private long areaId;
    private long goalId;
    private String name;
    private String unit;
    @Enumerated(EnumType.STRING)
    private IndicatorDirection direction;
    private BigDecimal baseline;
    private Integer baselineYear;
    private BigDecimal target;
    private Integer targetYear;
    private BigDecimal tolerance;
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT_KIND")
    private ResultKind kind;
    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(long agreementId) {
        this.agreementId = agreementId;
    }

    /** The caller has checked that the goal belongs to the agreement and lies in the area. */
    public void define(IndicatorDraft d, long areaId) {
        this.goalId = d.goalId();
        this.areaId = areaId;
        this.name = d.name().strip();
        this.unit = d.unit().strip();
        this.direction = d.direction();
        this.baseline = Decimals.require("baseline", d.baseline(), IndicatorDraft.INTEGER, IndicatorDraft.FRACTION);
        this.baselineYear = d.baselineYear();
        this.target = Decimals.require("target", d.target(), IndicatorDraft.INTEGER, IndicatorDraft.FRACTION);
        this.targetYear = d.targetYear();
        this.tolerance = Decimals.require("tolerance", d.tolerance(), IndicatorDraft.INTEGER,
                IndicatorDraft.FRACTION);
        this.source = Text.optional(d.source());
        this.kind = d.kind();
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public long areaId() { return areaId; }
    public long goalId() { return goalId; }
    public String name() { return name; }
    public String unit() { return unit; }
    public IndicatorDirection direction() { return direction; }
    public BigDecimal baseline() { return baseline; }
    public Integer baselineYear() { return baselineYear; }
    public BigDecimal target() { return target; }
    public Integer targetYear() { return targetYear; }
    public BigDecimal tolerance() { return tolerance; }
    public String source() { return source; }
    public ResultKind kind() { return kind; }
    public long version() { return version; }
}
