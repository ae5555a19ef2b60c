package se.samspar.web.agreement.edit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
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
    AgreementEditing agreementEditing;
    @Inject
    AgreementEditPage page;

    /* The agreement as the form was filled from it: null until the section is first shown. */
    private AgreementDetailsForm details;
    private long agreementVersion;

    private void fillDetails() {
        AgreementView a = page.getAgreement();
        agreementVersion = a.version();
        details = AgreementDetailsForm.of(a);
    }

    public AgreementDetailsForm getDetails() {
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
        try {
            agreementEditing.update(page.getAgreementId(), agreementVersion,
                    getDetails().draft(page.getAgreement().renewsAgreementId()));
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
}
