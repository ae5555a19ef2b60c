package se.samspar.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import se.samspar.actionplan.domain.Activity;
import se.samspar.actionplan.domain.Timeliness;

/**
 * Rule 2 in Java ({@link Timeliness#needsUpdate}, which {@link Activity#needsUpdate} and every activity view use)
 * against the table of cases its JPQL and SQL forms are checked against in {@code ActivityTableIT}. No container.
 */
class NeedsUpdateRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    @ParameterizedTest(name = "{0}")
    @FieldSource("se.samspar.web.it.NeedsUpdateCases#CASES")
    void theJavaRuleAgreesWithTheCaseTable(NeedsUpdateCases.Case c) {
        assertEquals(c.needsUpdate(), Timeliness.needsUpdate(c.status(), c.due(TODAY), c.start(TODAY),
                c.createdOn(TODAY), c.lastUpdate(TODAY), NeedsUpdateCases.INTERVAL, TODAY), c.name());
    }
}
