package se.samspar.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;

/** Section 1 of agreement editing: the agreement's details (form {@code details}) and its status (form {@code status}). */
@Named("agreementDetails")
@ViewScoped
public class DetailsSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementEditing agreementEditing;
    @Inject
    AgreementEditPage page;

    /* The agreement as the form was filled from it: null until the section is first shown. */
    private DetailsForm details;
    private long agreementVersion;

    private void fillDetails() {
        AgreementView a = page.getAgreement();
        agreementVersion = a.version();
        details = new DetailsForm();
        details.title = a.title();
        details.validFrom = a.validFrom();
        details.validTo = a.validTo();
        details.diaryNumber = a.diaryNumber();
        details.decidedBy = a.decidedBy();
        details.decidedOn = a.decidedOn();
        details.description = a.description();
        details.updateIntervalDays = a.updateIntervalDays();
        details.partiesReportOwnActivities = a.partiesReportOwnActivities();
    }

    public DetailsForm getDetails() {
        if (details == null) {
            fillDetails();
        }
        return details;
    }

    /** The only status the agreement may move to next, or null when it is closed. */
    public AgreementStatus getNextStatus() {
        return switch (page.getAgreement().status()) {
            case DRAFT -> AgreementStatus.ACTIVE;
            case ACTIVE -> AgreementStatus.CLOSED;
            case CLOSED -> null;
        };
    }

    public void saveDetails() {
        DetailsForm d = getDetails();
        try {
            agreementEditing.update(page.getAgreementId(), agreementVersion, new AgreementDraft(d.title, d.validFrom,
                    d.validTo, d.diaryNumber, d.decidedBy, d.decidedOn, d.description,
                    d.updateIntervalDays == null ? 0 : d.updateIntervalDays,
                    d.partiesReportOwnActivities, page.getAgreement().renewsAgreementId()));
            page.reload();
            fillDetails();
            page.info("details", "edit.saved");
        } catch (StaleEdit e) {
            page.reload();
            fillDetails();
            page.stale("details");
        } catch (InvalidInput e) {
            page.refuse(e, "details");
        }
    }

    public void advanceStatus() {
        AgreementStatus next = getNextStatus();
        if (next == null) {
            return;
        }
        getDetails();
        try {
            agreementEditing.changeStatus(page.getAgreementId(), agreementVersion, next);
            page.reload();
            // Only the version: what the user has typed in the details form is still theirs to save.
            agreementVersion = page.getAgreement().version();
            page.info("status", "edit.statusChanged");
        } catch (StaleEdit e) {
            page.reload();
            fillDetails();
            page.stale("status");
            PrimeFaces.current().ajax().update("details");
        } catch (InvalidInput e) {
            page.refuse(e, "status");
        }
    }

    /** The inputs of the details form: a plain, serializable holder. */
    public static class DetailsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        LocalDate validFrom;
        LocalDate validTo;
        String diaryNumber;
        String decidedBy;
        LocalDate decidedOn;
        String description;
        Integer updateIntervalDays;
        boolean partiesReportOwnActivities;

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
}
