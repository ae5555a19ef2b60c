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
 * {@link StructurePerRequest}: the agreement structures read in this request, by caller and agreement, and the list of
 * agreements each caller sees (asked for by every query that spans agreements: five times on the start page) and their
 * parties, once a page's
 * request has switched it on; forgotten at once when the request changes an agreement or an organisation. Threads
 * without an active request, and requests that did not switch it on, read every time.
 */
@RequestScoped
public class StructureReads implements StructurePerRequest {
    private record Key(Caller caller, long agreementId) {
    }

    private final Map<Key, AgreementStructure> read = new HashMap<>();
    private final Map<Caller, java.util.List<se.samspar.agreement.api.AgreementView>> visible = new HashMap<>();
    private record PartiesKey(Caller caller, java.util.Set<Long> agreementIds) {
    }

    /** The parties of sets of agreements (the police's: 1,740 of 290 agreements, asked for three times a page). */
    private final Map<PartiesKey, java.util.List<se.samspar.agreement.api.PartyView>> parties = new HashMap<>();
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

    /** The agreements the caller sees, as read earlier in this request; null when not (or not kept). */
    java.util.List<se.samspar.agreement.api.AgreementView> visible(Caller caller) {
        return on ? visible.get(caller) : null;
    }

    void keepVisible(Caller caller, java.util.List<se.samspar.agreement.api.AgreementView> agreements) {
        if (on) {
            visible.put(caller, agreements);
        }
    }

    java.util.List<se.samspar.agreement.api.PartyView> parties(Caller caller, java.util.Set<Long> agreementIds) {
        return on ? parties.get(new PartiesKey(caller, agreementIds)) : null;
    }

    void keepParties(Caller caller, java.util.Set<Long> agreementIds,
                     java.util.List<se.samspar.agreement.api.PartyView> found) {
        if (on) {
            parties.put(new PartiesKey(caller, agreementIds), found);
        }
    }

    private void forget() {
        read.clear();
        visible.clear();
        parties.clear();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) AgreementChanged e) {
        forget();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) AgreementActivated e) {
        forget();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) AgreementRenewed e) {
        forget();
    }

    void on(@Observes(notifyObserver = Reception.IF_EXISTS) OrganisationChanged e) {
        forget();
    }
}
