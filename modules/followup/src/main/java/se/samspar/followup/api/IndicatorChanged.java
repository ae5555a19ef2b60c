package se.samspar.followup.api;

import se.samspar.platform.api.Change;

/** An indicator was defined or changed, or a measurement recorded (what names it). */
public record IndicatorChanged(long agreementId, long indicatorId, Change change, String what) {
}
