package se.samspar.web.publication;

import java.util.List;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublishedKind;

/**
 * The public page as HTML, written out here rather than by Faces: no session, no view state, no script, so the page
 * is the same for everyone and can be cached (its CSP allows only the stylesheet). Every text from the database is
 * escaped. The layout's landmarks, skip link and classes are the application's own (samspar.css), so it looks like,
 * and is as accessible as, the signed-in pages.
 *
 * @param page 1-based; {@link #PAGE_SIZE} items a page
 */
record PublicPageHtml(String contextPath, PublicAgreement agreement, List<PublicItem> items, int page,
                      PublicWords words) {
    static final int PAGE_SIZE = 50;

    String render() {
        StringBuilder out = new StringBuilder(8192);
        String lang = words.locale().getLanguage();
        String self = contextPath + "/public/" + agreement.id();
        String feeds = contextPath + "/api/v1/public/agreements/" + agreement.id();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(agreement.title())).append(" – ").append(esc(words.text("public.title"))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(contextPath)
                .append("/jakarta.faces.resource/css/samspar.css.xhtml\">\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(esc(words.text("public.atom")))
                .append("\" href=\"").append(feeds).append("/atom?lang=").append(lang).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/json\" title=\"").append(esc(words.text("public.json")))
                .append("\" href=\"").append(feeds).append("?lang=").append(lang).append("\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">").append(esc(words.text("nav.skip"))).append("</a>\n")
                .append("<header class=\"site-header\"><div class=\"brand\"><span class=\"brand-name\">")
                .append(esc(words.text("app.name"))).append("</span><span class=\"brand-tagline\">")
                .append(esc(words.text("public.tagline"))).append("</span></div>")
                .append("<div class=\"language-switch\"><a id=\"language\" href=\"").append(self).append("?lang=")
                .append(words.text("lang.switchToLang")).append("\" lang=\"").append(words.text("lang.switchToLang"))
                .append("\" hreflang=\"").append(words.text("lang.switchToLang")).append("\">")
                .append(esc(words.text("lang.switchTo"))).append("</a></div></header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n<h1>").append(esc(agreement.title())).append("</h1>\n<p>")
                .append(esc(words.format("public.intro", words.period(agreement)))).append("</p>\n");
        if (agreement.lastModified() != null) {
            out.append("<p id=\"updated\">").append(esc(words.text("public.updated"))).append(' ')
                    .append(esc(se.samspar.web.faces.Figures.date(agreement.lastModified().toLocalDate(), words.locale())))
                    .append("</p>\n");
        }
        section(out, PublishedKind.AREA, "public.areas");
        section(out, PublishedKind.ACTIVITY, "public.activities");
        pages(out, self, lang);
        out.append("<p>").append(esc(words.text("public.feeds"))).append(" <a href=\"").append(feeds).append("/atom?lang=")
                .append(lang).append("\">").append(esc(words.text("public.atom"))).append("</a>, <a href=\"").append(feeds)
                .append("?lang=").append(lang).append("\">").append(esc(words.text("public.json"))).append("</a></p>\n")
                .append("</main>\n<footer class=\"site-footer\"><p>").append(esc(words.text("public.footer")))
                .append("</p><p><a href=\"").append(contextPath).append("/accessibility\">")
                .append(esc(words.text("accessibility.title"))).append("</a></p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void section(StringBuilder out, PublishedKind kind, String headingKey) {
        List<PublicItem> ofKind = items.stream().filter(i -> i.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        String headingId = kind.name().toLowerCase(java.util.Locale.ROOT) + "s-heading";
        out.append("<section aria-labelledby=\"").append(headingId).append("\">\n<h2 id=\"").append(headingId).append("\">")
                .append(esc(words.text(headingKey))).append("</h2>\n<ul class=\"public-items\">\n");
        for (PublicItem item : ofKind) {
            String anchor = PublicWords.anchor(item);
            out.append("<li class=\"area\" id=\"").append(anchor).append("\">\n<h3 id=\"").append(anchor).append("-title\">")
                    .append(esc(words.heading(item))).append("</h3>\n");
            if (item.publicText() != null) {
                out.append("<p class=\"public-text\">").append(esc(item.publicText())).append("</p>\n");
            }
            out.append("<dl class=\"facts\">")
                    .append(fact("activity.status", words.status(item)))
                    .append(fact("activity.progress", words.progress(item)))
                    .append(fact("public.lastUpdate", words.lastUpdate(item)))
                    .append("</dl>\n</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private String fact(String key, String value) {
        return "<dt>" + esc(words.text(key)) + "</dt><dd>" + esc(value) + "</dd>";
    }

    /** Previous and next page links, when the published items fill more than one page. */
    private void pages(StringBuilder out, String self, String lang) {
        boolean previous = page > 1;
        boolean next = (long) page * PAGE_SIZE < agreement.items();
        if (!previous && !next) {
            return;
        }
        out.append("<nav aria-label=\"").append(esc(words.text("public.pages"))).append("\"><ul class=\"public-pages\">");
        if (previous) {
            out.append("<li><a rel=\"prev\" href=\"").append(self).append("?lang=").append(lang).append("&amp;page=")
                    .append(page - 1).append("\">").append(esc(words.text("public.previous"))).append("</a></li>");
        }
        if (next) {
            out.append("<li><a rel=\"next\" href=\"").append(self).append("?lang=").append(lang).append("&amp;page=")
                    .append(page + 1).append("\">").append(esc(words.text("public.next"))).append("</a></li>");
        }
        out.append("</ul></nav>\n");
    }

    /** Text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
