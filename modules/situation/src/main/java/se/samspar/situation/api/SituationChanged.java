package se.samspar.situation.api;

import se.samspar.platform.api.Change;

/**
 * A situation picture's version, one of its problems, or a problem's measures changed (what names it); subject is
 * PICTURE or PROBLEM, with its id.
 */
public record SituationChanged(long municipalityId, String subject, long subjectId, Change change, String what) {
}
