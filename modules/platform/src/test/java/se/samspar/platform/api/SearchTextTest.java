package se.samspar.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void blankFindsEverything() {
        assertFalse(SearchText.given(null));
        assertFalse(SearchText.given("  "));
        assertTrue(SearchText.given(" polis "));
    }

    @Test
    void theTextAnywhereInLowerCase() {
        assertEquals("%räddningstjänst%", SearchText.contains("  Räddningstjänst "));
    }

    @Test
    void wildcardsTypedAreTextNotPatterns() {
        assertEquals("%100!% a!_b !!%", SearchText.contains("100% a_b !"));
    }
}
