package se.samspar.followup.api;

/** Whether a higher or a lower value of an indicator is better. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
