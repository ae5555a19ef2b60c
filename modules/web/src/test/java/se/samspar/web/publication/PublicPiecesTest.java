package se.samspar.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.platform.api.Locales;

/** The public page's pure pieces: its key, caching, HTML and Atom, without a container. */
class PublicPiecesTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final LocalDateTime MARCH = LocalDateTime.of(2024, 3, 14, 10, 15);
    private static final PublicAgreement AGREEMENT = new PublicAgreement(1, "Huddinge <2023–2024> & \"trygg\"",
            LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), 2, MARCH);
    private static final PublicItem AREA = new PublicItem(PublishedKind.AREA, 3, "VINR", "Våld i nära relation",
            "Vi <b>stöttar</b> & hjälper", null, 42.5, 4, 1, MARCH.minusDays(2), MARCH.minusDays(30));
    private static final PublicItem ACTIVITY = new PublicItem(PublishedKind.ACTIVITY, 17, "VINR-1", "Stödsamtal",
            "Text\u0001 för alla", ActivityStatus.IN_PROGRESS, 40.0, 1, 0, null, MARCH);

    @Test
    void theKeyIsAPositiveIdAndTheLanguageSwedishUnlessEnglish() {
        assertEquals(12L, PublicKey.agreementId("12"));
        for (String bad : List.of("", "0", "-1", "1a", "١", "12345678901234567890", "1/2")) {
            assertNull(PublicKey.agreementId(bad), bad);
        }
        assertNull(PublicKey.agreementId(null));
        assertEquals(Locales.ENGLISH, PublicKey.locale("en"));
        assertEquals(Locales.SWEDISH, PublicKey.locale(null));
        assertEquals(Locales.SWEDISH, PublicKey.locale("fr"));
    }

    @Test
    void theEtagFollowsTheBodyAndIfNoneMatchFindsIt() {
        String tag = Conditional.etag("<p>a</p>");
        assertEquals(tag, Conditional.etag("<p>a</p>"));
        assertNotEquals(tag, Conditional.etag("<p>b</p>"));
        assertTrue(tag.startsWith("\"") && tag.endsWith("\""));
        assertTrue(Conditional.notModified(tag, tag));
        assertTrue(Conditional.notModified("\"other\", W/" + tag, tag));
        assertTrue(Conditional.notModified("*", tag));
        assertFalse(Conditional.notModified(null, tag));
        assertFalse(Conditional.notModified("\"other\"", tag));
        assertEquals("Thu, 14 Mar 2024 09:15:00 GMT", Conditional.httpDate(MARCH));
        assertEquals("2024-03-14T10:15:00+01:00", Conditional.rfc3339(MARCH));
    }

    @Test
    void thePageEscapesEveryTextAndSaysStatusProgressAndDateInWords() {
        String sv = new PublicPageHtml("/ctx", AGREEMENT, List.of(AREA, ACTIVITY), 1,
                new PublicWords(Locales.SWEDISH)).render();
        assertTrue(sv.contains("<html lang=\"sv\">"));
        assertTrue(sv.contains("Huddinge &lt;2023–2024&gt; &amp; &quot;trygg&quot;"), sv);
        assertFalse(sv.contains("<b>stöttar</b>"));
        assertTrue(sv.contains("Vi &lt;b&gt;stöttar&lt;/b&gt; &amp; hjälper"));
        assertTrue(sv.contains("1 av 4 aktiviteter genomförda"), sv);
        assertTrue(sv.contains("Pågår"));
        assertTrue(sv.contains("2024-03-12"));
        assertTrue(sv.contains("href=\"/ctx/public/1?lang=en\" lang=\"en\""), sv);
        assertFalse(sv.contains("<script"));
        assertFalse(sv.contains("rel=\"next\""), "two items fit one page");
        String en = new PublicPageHtml("/ctx", AGREEMENT, List.of(AREA), 1, new PublicWords(Locales.ENGLISH)).render();
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("1 of 4 activities completed"), en);
        assertTrue(en.contains("Priority areas"));
        assertFalse(en.contains("Activities</h2>"), "no activity section without published activities");
    }

    @Test
    void morePublishedThanAPageLinksToTheNextPage() {
        PublicAgreement many = new PublicAgreement(1, "A", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), 120, MARCH);
        String first = new PublicPageHtml("", many, List.of(AREA), 1, new PublicWords(Locales.SWEDISH)).render();
        assertTrue(first.contains("rel=\"next\" href=\"/public/1?lang=sv&amp;page=2\""), first);
        assertFalse(first.contains("rel=\"prev\""));
        String last = new PublicPageHtml("", many, List.of(AREA), 3, new PublicWords(Locales.SWEDISH)).render();
        assertTrue(last.contains("rel=\"prev\""));
        assertFalse(last.contains("rel=\"next\""));
    }

    @Test
    void theAtomFeedIsWellFormedEscapedAndHasAnEntryPerItem() throws Exception {
        String xml = new AtomFeed(AGREEMENT, List.of(AREA, ACTIVITY), "http://x/public/1?lang=sv",
                "http://x/api/v1/public/agreements/1/atom", new PublicWords(Locales.SWEDISH)).render();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("http://x/public/1?lang=sv", child(root, "id"));
        assertTrue(child(root, "title").startsWith("Huddinge <2023–2024> & \"trygg\""));
        assertEquals("2024-03-14T10:15:00+01:00", child(root, "updated"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element area = (Element) entries.item(0);
        assertEquals("VINR Våld i nära relation", child(area, "title"));
        assertEquals("http://x/public/1?lang=sv#area-3", child(area, "id"));
        assertEquals("2024-03-12T10:15:00+01:00", child(area, "updated"));
        assertTrue(child(area, "summary").startsWith("Vi <b>stöttar</b> & hjälper"));
        Element activity = (Element) entries.item(1);
        assertTrue(child(activity, "summary").contains("Text för alla"), "a control character is dropped");
        assertTrue(child(activity, "summary").contains("Status: Pågår"));
        assertEquals("2024-03-14T10:15:00+01:00", child(activity, "updated"), "never reported: when it was published");
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.item(0).getTextContent();
    }
}
