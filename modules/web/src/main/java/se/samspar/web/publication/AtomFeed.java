package se.samspar.web.publication;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;

/**
 * An agreement's public progress as an Atom feed (RFC 4287), written with the JDK's StAX writer, which escapes every
 * text and attribute: one entry per published item, its id the item's place on the public page, updated at its
 * latest status report (or its publication), its summary the public text, status, progress and date in words.
 *
 * @param pageUrl the public page's absolute address, the feed's id and alternate link
 * @param feedUrl the feed's own absolute address
 */
record AtomFeed(PublicAgreement agreement, List<PublicItem> items, String pageUrl, String feedUrl, PublicWords words) {
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    String render() {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", words.locale().getLanguage());
            text(x, "id", pageUrl);
            text(x, "title", agreement.title() + " – " + words.text("public.title"));
            text(x, "updated", Conditional.rfc3339(agreement.lastModified()));
            x.writeStartElement(ATOM, "author");
            text(x, "name", words.text("app.name"));
            x.writeEndElement();
            link(x, "self", feedUrl, MEDIA_TYPE);
            link(x, "alternate", pageUrl, "text/html");
            for (PublicItem item : items) {
                x.writeStartElement(ATOM, "entry");
                text(x, "id", pageUrl + "#" + PublicWords.anchor(item));
                text(x, "title", words.heading(item));
                text(x, "updated", Conditional.rfc3339(item.lastUpdate() != null && item.lastUpdate()
                        .isAfter(item.publishedAt()) ? item.lastUpdate() : item.publishedAt()));
                link(x, "alternate", pageUrl + "#" + PublicWords.anchor(item), "text/html");
                text(x, "summary", summary(item));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** "Text for the public. Status: Pågår. Framdrift: 40 %. Senaste lägesrapport: 2024-03-14." */
    private String summary(PublicItem item) {
        StringBuilder s = new StringBuilder();
        if (item.publicText() != null) {
            s.append(item.publicText()).append(' ');
        }
        return s.append(words.text("activity.status")).append(": ").append(words.status(item)).append(". ")
                .append(words.text("activity.progress")).append(": ").append(words.progress(item)).append(". ")
                .append(words.text("public.lastUpdate")).append(": ").append(words.lastUpdate(item)).append('.')
                .toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        x.writeCharacters(value == null ? "" : xmlChars(value));
        x.writeEndElement();
    }

    /** The text without characters XML 1.0 cannot carry (StAX would write them as they are). */
    static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }
}
