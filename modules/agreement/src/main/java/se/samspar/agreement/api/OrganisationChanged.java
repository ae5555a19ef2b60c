package se.samspar.agreement.api;

import se.samspar.platform.api.Change;

public record OrganisationChanged(long organisationId, Change change, String summary) {
}
