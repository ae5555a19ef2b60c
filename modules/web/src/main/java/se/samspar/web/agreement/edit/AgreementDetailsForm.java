package se.samspar.web.agreement.edit;

import java.io.Serializable;
import java.time.LocalDate;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementView;

/** The inputs of an agreement's details, as a new agreement starts and as agreement editing shows them. */
public class AgreementDetailsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String diaryNumber;
    private String decidedBy;
    private LocalDate decidedOn;
    private String description;
    private Integer updateIntervalDays = AgreementDraft.DEFAULT_UPDATE_INTERVAL_DAYS;
    private boolean partiesReportOwnActivities = true;

    /** The form filled from the agreement as it is. */
    static AgreementDetailsForm of(AgreementView a) {
        AgreementDetailsForm form = new AgreementDetailsForm();
        form.title = a.title();
        form.validFrom = a.validFrom();
        form.validTo = a.validTo();
        form.diaryNumber = a.diaryNumber();
        form.decidedBy = a.decidedBy();
        form.decidedOn = a.decidedOn();
        form.description = a.description();
        form.updateIntervalDays = a.updateIntervalDays();
        form.partiesReportOwnActivities = a.partiesReportOwnActivities();
        return form;
    }

    /** What the user typed, for the service to check; an empty interval is passed on as 0, which it refuses. */
    public AgreementDraft draft(Long renewsAgreementId) {
        return new AgreementDraft(title, validFrom, validTo, diaryNumber, decidedBy, decidedOn, description,
                updateIntervalDays == null ? 0 : updateIntervalDays, partiesReportOwnActivities, renewsAgreementId);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate v) { validTo = v; }
    public String getDiaryNumber() { return diaryNumber; }
    public void setDiaryNumber(String v) { diaryNumber = v; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String v) { decidedBy = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { decidedOn = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Integer getUpdateIntervalDays() { return updateIntervalDays; }
    public void setUpdateIntervalDays(Integer v) { updateIntervalDays = v; }
    public boolean isPartiesReportOwnActivities() { return partiesReportOwnActivities; }
    public void setPartiesReportOwnActivities(boolean v) { partiesReportOwnActivities = v; }
}
