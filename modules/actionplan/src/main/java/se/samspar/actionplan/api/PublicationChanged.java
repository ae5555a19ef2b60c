package se.samspar.actionplan.api;

import se.samspar.platform.api.Change;

/** An area or activity published (CREATED), its public text changed (UPDATED) or unpublished (DELETED). */
public record PublicationChanged(long agreementId, long publicationId, Change change, String what) {
}
