package se.samspar.agreement.api;

public record OrganisationView(long id, String name, String shortName, OrganisationType type,
                               String organisationNumber, long version) {
}
