package se.samspar.actionplan.api;

import se.samspar.platform.api.Change;

public record ActivityChanged(long agreementId, long activityId, Change change, String reference) {
}
