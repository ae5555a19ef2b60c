package se.samspar.web.agreement.edit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import se.samspar.agreement.api.AgreementRenewal;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.RenewalDraft;
import se.samspar.platform.api.InvalidInput;

/** Section 5 of agreement editing: renewing the agreement for the next period (rule 7; form {@code renewal}). */
@Named("agreementRenewal")
@ViewScoped
public class RenewalSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementRenewal agreementRenewal;
    @Inject
    AgreementEditPage page;

    /* Null until the section is first shown; then the next period, as long as this one, is proposed. */
    private RenewalForm renewal;

    public RenewalForm getRenewal() {
        if (renewal == null) {
            AgreementView a = page.getAgreement();
            renewal = new RenewalForm();
            se.samspar.agreement.api.AgreementPeriod next = se.samspar.agreement.api.AgreementPeriod.of(a).next();
            renewal.validFrom = next.from();
            renewal.validTo = next.to();
        }
        return renewal;
    }

    /** Renews the agreement and opens the new draft for editing; refused input is shown at its field. */
    public String renew() {
        RenewalForm r = getRenewal();
        try {
            long renewed = agreementRenewal.renew(page.getAgreementId(), new RenewalDraft(r.title, r.validFrom, r.validTo));
            return "/agreement-edit?faces-redirect=true&id=" + renewed;
        } catch (InvalidInput e) {
            page.refuse(e, "renewal");
            return null;
        }
    }

    /** The inputs of the renewal form: a plain, serializable holder. */
    public static class RenewalForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        LocalDate validFrom;
        LocalDate validTo;

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate v) { validFrom = v; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate v) { validTo = v; }
    }
}
