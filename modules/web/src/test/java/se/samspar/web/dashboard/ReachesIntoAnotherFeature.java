package se.samspar.web.dashboard;

import se.samspar.web.followup.YearComparison;

/** A test fixture that breaks the feature rule on purpose: the dashboard using the follow-up feature's class. */
public final class ReachesIntoAnotherFeature {
    private ReachesIntoAnotherFeature() {
    }

    static Object reach() {
        return YearComparison.class;
    }
}
