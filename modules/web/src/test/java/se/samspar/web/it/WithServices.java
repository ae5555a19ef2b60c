package se.samspar.web.it;

import jakarta.inject.Inject;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyEditing;
import se.samspar.agreement.api.PriorityAreaEditing;
import se.samspar.platform.api.CallerContext;

/**
 * The services most integration tests build their agreements and activities with, injected once here (Arquillian
 * injects a test's inherited fields too) instead of in a block of its own in each test class. Packaged with every
 * deployment by {@link Deployments}.
 */
abstract class WithServices {
    @Inject
    CallerContext callers;
    @Inject
    OrganisationService organisations;
    @Inject
    AgreementQueries agreements;
    @Inject
    AgreementEditing agreementEditing;
    @Inject
    PartyEditing partyEditing;
    @Inject
    PriorityAreaEditing areaEditing;
    @Inject
    ActivityQueries activities;
    @Inject
    ActivityEditing activityEditing;
    @Inject
    StatusUpdates statusUpdates;
}
