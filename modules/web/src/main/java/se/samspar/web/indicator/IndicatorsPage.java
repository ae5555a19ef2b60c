package se.samspar.web.indicator;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.ChartJson;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorDraft;
import se.samspar.followup.api.IndicatorView;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.api.MeasurementDraft;
import se.samspar.platform.api.InvalidInput;

/**
 * The indicators of an agreement (/indicators?agreement=…): per goal, each with its measurements
 * against baseline and target, as a chart and a table, and its rating (rule 8). Coordinators
 * define indicators and record measurements here.
 */
@Named
@ViewScoped
public class IndicatorsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreements;
    @Inject
    Indicators indicators;
    @Inject
    Language language;

    private String agreement;
    private long agreementId;
    private boolean mayEdit;
    private transient AgreementStructure structure;
    private transient List<IndicatorView> list;

    // Define form.
    private Long goalId;
    private String name;
    private String unit;
    private IndicatorDirection direction = IndicatorDirection.LOWER_IS_BETTER;
    private se.samspar.followup.api.ResultKind kind;
    private BigDecimal baseline;
    private Integer baselineYear;
    private BigDecimal target;
    private Integer targetYear;
    private BigDecimal tolerance;
    private String source;
    // Measure form.
    private Long indicatorId;
    private String period;
    private BigDecimal value;
    private String comment;

    public void load() {
        structure = ViewParameters.agreement(agreements, agreement);
        if (structure == null) {
            return;
        }
        agreementId = structure.agreement().id();
        mayEdit = indicators.mayEdit(agreementId);
    }

    public void define() {
        try {
            indicators.define(agreementId, new IndicatorDraft(goalId, name, unit, direction, baseline, baselineYear,
                    target, targetYear, tolerance, source, kind));
            info("define", "indicators.defined");
            name = null;
            unit = null;
            baseline = null;
            baselineYear = null;
            target = null;
            targetYear = null;
            tolerance = null;
            source = null;
            list = null;
        } catch (InvalidInput e) {
            refuse(e, "define");
        }
    }

    public void measure() {
        try {
            indicators.measure(indicatorId == null ? -1 : indicatorId, new MeasurementDraft(period, value, comment));
            info("measure", "indicators.measured");
            period = null;
            value = null;
            comment = null;
            list = null;
        } catch (InvalidInput e) {
            refuse(e, "measure");
        } catch (se.samspar.platform.api.NotFound e) {
            refuse(InvalidInput.of("indicatorId", "samspar.required"), "measure");
        }
    }

    private void info(String form, String key) {
        FormMessages.info(form, language.text(key));
    }

    private void refuse(InvalidInput e, String form) {
        FormMessages.refuse(e, form, language.getLocale());
    }

    // ---- read models

    public AgreementStructure getStructure() {
        if (structure == null) {
            structure = agreements.structure(agreementId).orElseThrow();
        }
        return structure;
    }

    public List<IndicatorView> getList() {
        if (list == null) {
            list = indicators.ofAgreement(agreementId);
        }
        return list;
    }

    /** Every goal of the agreement, labelled with its area, for the define form. */
    public List<GoalView> getGoals() {
        return getStructure().goals().toList();
    }

    public String goalLabel(long goalId) {
        return getStructure().goal(goalId).map(g -> getStructure().area(g.areaId())
                .map(a -> a.code() + ": ").orElse("") + g.title()).orElse("");
    }

    public String chart(IndicatorView i) {
        return ChartJson.measurements(i.measurements().stream().map(FollowUpReport.Measurement::period).toList(),
                i.measurements().stream().map(m -> m.value().doubleValue()).toList(),
                i.baseline() == null ? null : i.baseline().doubleValue(), i.target().doubleValue(),
                language.text("indicators.value"), language.text("indicators.baseline"),
                language.text("indicators.target"));
    }

    public IndicatorDirection[] getDirections() {
        return IndicatorDirection.values();
    }

    // ---- state

    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public long getAgreementId() { return agreementId; }
    public boolean isMayEdit() { return mayEdit; }
    public Long getGoalId() { return goalId; }
    public void setGoalId(Long goalId) { this.goalId = goalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public IndicatorDirection getDirection() { return direction; }
    public void setDirection(IndicatorDirection direction) { this.direction = direction; }
    public se.samspar.followup.api.ResultKind getKind() { return kind; }
    public void setKind(se.samspar.followup.api.ResultKind kind) { this.kind = kind; }
    public se.samspar.followup.api.ResultKind[] getKinds() { return se.samspar.followup.api.ResultKind.values(); }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public Integer getBaselineYear() { return baselineYear; }
    public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public Integer getTargetYear() { return targetYear; }
    public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
    public BigDecimal getTolerance() { return tolerance; }
    public void setTolerance(BigDecimal tolerance) { this.tolerance = tolerance; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
