package se.samspar.followup.api;

/** Rule 8: a measurement is on target, near target (within tolerance) or off target; NONE without one. */
public enum IndicatorRating {
    ON_TARGET, NEAR_TARGET, OFF_TARGET, NONE
}
