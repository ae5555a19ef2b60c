package se.samspar.transfer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.OrganisationType;

class SheetWordsTest {
    @Test
    void eachValueHasItsSwedishWordAndIsReadBackFromItOrItsCodeInAnyCase() {
        for (ActivityStatus s : ActivityStatus.values()) {
            assertEquals(Optional.of(s), SheetWords.value(ActivityStatus.class, SheetWords.word(s)));
            assertEquals(Optional.of(s), SheetWords.value(ActivityStatus.class, " " + s.name().toLowerCase() + " "));
        }
        assertEquals(Optional.of(TrafficLight.YELLOW), SheetWords.value(TrafficLight.class, "risk för avvikelse"));
        assertEquals(Optional.of(OrganisationType.FIRE_RESCUE), SheetWords.value(OrganisationType.class, "RÄDDNINGSTJÄNST"));
        assertEquals(Optional.empty(), SheetWords.value(TrafficLight.class, "lila"));
    }

    @Test
    void yesAndNoInSwedishOrEnglish() {
        assertEquals(Optional.of(true), SheetWords.yesNo("Ja"));
        assertEquals(Optional.of(false), SheetWords.yesNo("no"));
        assertEquals(Optional.empty(), SheetWords.yesNo("kanske"));
    }

    @Test
    void textBeginningAsAFormulaDoes() {
        for (String s : new String[] {"=1+1", "+46", "-5", "@SUM(A1)"}) {
            assertTrue(SheetWords.looksLikeFormula(s), s);
        }
        assertFalse(SheetWords.looksLikeFormula("Trygghet = frihet"));
        assertFalse(SheetWords.looksLikeFormula(""));
        assertFalse(SheetWords.looksLikeFormula(null));
    }

    @Test
    void columnLettersAndPlaces() {
        assertEquals("A", SheetLayout.Column.letter(0));
        assertEquals("Z", SheetLayout.Column.letter(25));
        assertEquals("AA", SheetLayout.Column.letter(26));
        assertEquals("Aktiviteter!C5", SheetLayout.place(SheetLayout.ACTIVITIES, 4, 2));
    }
}
