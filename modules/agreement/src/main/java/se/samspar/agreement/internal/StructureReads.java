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
import se.samspar.agreement.api.StructurePerRequest;
import se.samspar.platform.api.Caller;

/**
 * {@link StructurePerRequest}: the agreement structures read in this request, by caller and agreement, once a page's
 * request has switched it on; forgotten at once when the request changes an agreement or an organisation. Threads
 * without an active request, and requests that did not switch it on, read every time.
 */
@RequestScoped
public class StructureReads implements StructurePerRequest {
    private record Key(Caller caller, long agreementId) {
    }

    private final Map<Key, AgreementStructure> read = new HashMap<>();
    private boolean on;

    @Override
    public void keepForThisRequest() {
        on = true;
    }

    AgreementStructure get(Caller caller, long agreementId) {
        return on ? read.get(new Key(caller, agreementId)) : null;
    }

    void keep(Caller caller, AgreementStructure structure) {
        if (on) {
            read.put(new Key(caller, structure.agreement().id()), structure);
        }
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
