package se.samspar.agreement.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Organisations: the municipality, the police, the fire and rescue service, and others. */
public interface OrganisationService {
    long create(OrganisationDraft draft);

    void update(long organisationId, long expectedVersion, OrganisationDraft draft);

    /** Every organisation, by name: for start-up and tests; a page shows {@link #page} or {@link #withIds}. */
    List<OrganisationView> all();

    /**
     * A page of the organisations by name whose name or short name contains the search (every one when it is
     * blank): an installation for the whole country knows about a thousand.
     */
    List<OrganisationView> page(String search, int first, int max);

    /** How many organisations {@link #page} finds for the search. */
    long count(String search);

    /** The organisations with these ids that exist, by name: those a page of other rows names. */
    List<OrganisationView> withIds(Collection<Long> organisationIds);

    Optional<OrganisationView> find(long organisationId);

    /** The organisation with this name, whatever its case and surrounding spaces (names are unique so). */
    Optional<OrganisationView> named(String name);

    long count();
}
