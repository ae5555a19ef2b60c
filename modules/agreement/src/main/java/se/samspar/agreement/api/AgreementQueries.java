package se.samspar.agreement.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The agreements the caller may see, their structure and parties, and whether the caller may edit one.
 * Seeing an agreement needs a party organisation, coordinator rights or the administrator role; one the
 * caller may not see is refused with {@code AccessDenied}.
 */
public interface AgreementQueries {

    /**
     * May the caller change this agreement's structure and activities (is it one of its
     * coordinators)? For pages deciding whether to offer editing; every change checks again.
     */
    boolean mayEdit(long agreementId);

    List<AgreementView> agreements();

    Optional<AgreementStructure> structure(long agreementId);

    /** The parties of the given agreements that the caller may see, in one query. */
    List<PartyView> partiesOf(Collection<Long> agreementIds);
}
