package se.samspar.agreement.api;

import java.time.LocalDate;

public record PartyView(long id, long agreementId, long organisationId, String organisationName,
                        String organisationShortName, OrganisationType organisationType, String signatoryName,
                        String signatoryTitle, LocalDate signedOn, String contactPerson, int order, long version) {

    /** The short name where there is one: what tables show. */
    public String displayName() {
        return organisationShortName == null || organisationShortName.isBlank() ? organisationName : organisationShortName;
    }
}
