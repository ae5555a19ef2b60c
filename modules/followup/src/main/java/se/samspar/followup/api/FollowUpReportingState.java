package se.samspar.followup.api;

import java.util.List;
import java.util.Map;

/**
 * Which parties have reported in a follow-up (see {@link PartyReporting}), counted in the database: a fixed
 * number of statements whatever the number of parties, activities, updates or follow-ups.
 */
public interface FollowUpReportingState {
    PartiesReporting of(long followUpId);

    /** The same for each follow-up of an agreement not yet adopted, by follow-up id. */
    Map<Long, PartiesReporting> ofAgreement(long agreementId);

    /** Across the caller's agreements: the follow-ups open for reporting where its organisation has something left. */
    List<OpenReporting> openForMyOrganisation();
}
