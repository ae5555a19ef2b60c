package se.samspar.web.agreement.edit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PartyEditing;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.form.OrganisationChoices;

/** Section 2 of agreement editing: the parties (table {@code partyList}, form {@code party}). */
@Named("agreementParties")
@ViewScoped
public class PartiesSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PartyEditing parties;
    @Inject
    OrganisationService organisations;
    @Inject
    AgreementEditPage page;

    private PartyForm party = new PartyForm();
    private final OrganisationChoices organisationChoices = new OrganisationChoices("party");

    /** The organisations the select offers: not yet party, the first 50 the search finds, and the one chosen. */
    public OrganisationChoices.Offer getOrganisationOffer() {
        Set<Long> taken = page.getStructure().parties().stream().map(PartyView::organisationId)
                .collect(Collectors.toSet());
        return organisationChoices.offer(organisations,
                party.organisationId == null ? List.of() : List.of(party.organisationId), taken);
    }

    public OrganisationChoices getOrganisationChoices() {
        return organisationChoices;
    }

    /** The party of the row clicked, by the id the row was shown with (its f:param {@code partyId}). */
    public void editParty() {
        Long partyId = RowParameters.number("partyId");
        page.reload();
        party = Optional.ofNullable(partyId).flatMap(page.getStructure()::party).map(PartyForm::of)
                .orElseGet(PartyForm::new);
    }

    /** Removes the party of the row clicked (f:params {@code partyId}, {@code partyVersion}) while nothing refers to it. */
    public void removeParty() {
        page.remove("party", "partyList", parties::removeParty, "edit.party.removed");
        party = new PartyForm();
    }

    public void newParty() {
        party = new PartyForm();
    }

    public void saveParty() {
        PartyDraft draft = new PartyDraft(party.organisationId, party.signatoryName, party.signatoryTitle,
                party.signedOn, party.contactPerson);
        try {
            if (party.partyId == null) {
                parties.addParty(page.getAgreementId(), draft);
                page.info("party", "edit.party.added");
            } else {
                parties.updateParty(party.partyId, party.version, draft);
                page.info("party", "edit.saved");
            }
            page.reload();
            party = new PartyForm();
        } catch (StaleEdit e) {
            page.reload();
            page.getStructure().party(party.partyId).ifPresent(p -> party = PartyForm.of(p));
            page.stale("party");
        } catch (InvalidInput e) {
            page.refuse(e, "party");
        }
    }

    public PartyForm getParty() {
        return party;
    }

    /** The inputs of the party form: a plain, serializable holder; a party id when it edits one. */
    public static class PartyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long partyId;
        long version;
        Long organisationId;
        String signatoryName;
        String signatoryTitle;
        LocalDate signedOn;
        String contactPerson;

        static PartyForm of(PartyView p) {
            PartyForm f = new PartyForm();
            f.partyId = p.id();
            f.version = p.version();
            f.organisationId = p.organisationId();
            f.signatoryName = p.signatoryName();
            f.signatoryTitle = p.signatoryTitle();
            f.signedOn = p.signedOn();
            f.contactPerson = p.contactPerson();
            return f;
        }

        public boolean isEditing() { return partyId != null; }
        public Long getPartyId() { return partyId; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long v) { organisationId = v; }
        public String getSignatoryName() { return signatoryName; }
        public void setSignatoryName(String v) { signatoryName = v; }
        public String getSignatoryTitle() { return signatoryTitle; }
        public void setSignatoryTitle(String v) { signatoryTitle = v; }
        public LocalDate getSignedOn() { return signedOn; }
        public void setSignedOn(LocalDate v) { signedOn = v; }
        public String getContactPerson() { return contactPerson; }
        public void setContactPerson(String v) { contactPerson = v; }
    }
}
