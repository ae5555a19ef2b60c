package se.samspar.agreement.api;

import java.util.List;
import java.util.Optional;

/** Organisations: the municipality, the police, the fire and rescue service, and others. */
public interface OrganisationService {
    long create(OrganisationDraft draft);

    void update(long organisationId, long expectedVersion, OrganisationDraft draft);

    List<OrganisationView> all();

    Optional<OrganisationView> find(long organisationId);

    long count();
}
