package se.samspar.followup.api;

import java.util.List;

/**
 * Indicators of an agreement's goals and their measurements. Coordinators of the agreement define
 * and measure; everyone who sees the agreement reads. Input is validated first (InvalidInput,
 * nothing written) and stale versions are refused (StaleEdit).
 */
public interface Indicators {
    long define(long agreementId, IndicatorDraft draft);

    void update(long indicatorId, long expectedVersion, IndicatorDraft draft);

    /** Records (or replaces) the value for a period. */
    long measure(long indicatorId, MeasurementDraft measurement);

    List<IndicatorView> ofAgreement(long agreementId);

    /**
     * May the caller define and measure this agreement's indicators: is it a coordinator of it, and the agreement not
     * closed (rule 11)? For pages; every change checks again.
     */
    boolean mayEdit(long agreementId);
}
