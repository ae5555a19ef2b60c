package se.samspar.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.AgreementView;

/** The start page: the agreements. */
@Named
@RequestScoped
public class StartPage {
    @Inject
    AgreementService agreements;
    private List<AgreementView> list;

    public List<AgreementView> getAgreements() {
        if (list == null) {
            list = agreements.agreements();
        }
        return list;
    }
}
