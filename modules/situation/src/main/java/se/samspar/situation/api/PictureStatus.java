package se.samspar.situation.api;

/** A version of a situation picture is drafted, then adopted; an adopted version never changes. */
public enum PictureStatus {
    DRAFT, ADOPTED
}
