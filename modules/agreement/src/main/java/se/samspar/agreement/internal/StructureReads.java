package se.samspar.agreement.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.util.HashMap;
import java.util.Map;
import se.samspar.agreement.api.AgreementActivated;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementRenewed;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.OrganisationChanged;
import se.samspar.platform.api.Caller;

/**
 * The agreement structures read in this request, by caller and agreement: a page asks the modules for an activity, its
 * history, whether the user may report, the agreement — each of which reads (and checks) the structure, up to five
 * times per page (issue 12). Read once, it is kept for the rest of the request — forgotten at once when this request
 * changes an agreement or an organisation. Only where a request is active; threads without one read every time.
 */
@RequestScoped
public class StructureReads {
    private record Key(Caller caller, long agreementId) {
    }

    private final Map<Key, AgreementStructure> read = new HashMap<>();

    AgreementStructure get(Caller caller, long agreementId) {
        return read.get(new Key(caller, agreementId));
    }

    void keep(Caller caller, AgreementStructure structure) {
        read.put(new Key(caller, structure.agreement().id()), structure);
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) AgreementChanged e) {
        read.clear();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) AgreementActivated e) {
        read.clear();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) AgreementRenewed e) {
        read.clear();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) OrganisationChanged e) {
        read.clear();
    }
}
