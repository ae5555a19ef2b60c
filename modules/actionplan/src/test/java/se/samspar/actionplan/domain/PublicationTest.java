package se.samspar.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.platform.api.InvalidInput;

class PublicationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    @Test
    void anActivityIsPublishedOnlyWithAPublicText() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new Publication(1, PublishedKind.ACTIVITY, 7, "  ", NOW, "samordnare"));
        assertEquals("publicText", refused.problems().get(0).field());
        Publication p = new Publication(1, PublishedKind.ACTIVITY, 7, " Vi tänder fler gatlampor. ", NOW, "samordnare");
        assertEquals("Vi tänder fler gatlampor.", p.publicText());
        assertThrows(InvalidInput.class, () -> p.describe(null));
        assertEquals("Vi tänder fler gatlampor.", p.publicText());
    }

    @Test
    void anAreaMayBePublishedWithoutText() {
        Publication p = new Publication(1, PublishedKind.AREA, 3, "", NOW, "samordnare");
        assertNull(p.publicText());
        p.describe("Tryggare centrum");
        assertEquals("Tryggare centrum", p.publicText());
    }
}
