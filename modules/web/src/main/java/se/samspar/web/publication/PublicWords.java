package se.samspar.web.publication;

import java.text.MessageFormat;
import java.util.Locale;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.web.faces.Figures;
import se.samspar.web.faces.Messages;

/** The public page's words in one language: the bundle's texts and an item's status, progress and dates. */
record PublicWords(Locale locale) {

    String text(String key) {
        return Messages.in(locale, key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** An activity's status ("Pågår"); an area's completed activities ("2 av 5 aktiviteter genomförda"). */
    String status(PublicItem item) {
        if (item.kind() == PublishedKind.ACTIVITY) {
            return text("status." + item.status());
        }
        return item.activities() == 0 ? text("public.noActivities")
                : format("public.areaStatus", item.completed(), item.activities());
    }

    String progress(PublicItem item) {
        return Figures.percent(item.progress(), locale);
    }

    /** The latest status report's date, or "–" when there is none yet. */
    String lastUpdate(PublicItem item) {
        return item.lastUpdate() == null ? Figures.NOTHING : Figures.date(item.lastUpdate().toLocalDate(), locale);
    }

    String period(PublicAgreement a) {
        return Figures.date(a.validFrom(), locale) + " – " + Figures.date(a.validTo(), locale);
    }

    String heading(PublicItem item) {
        return item.code() + " " + item.title();
    }

    /** The anchor of an item on the page ("area-3", "activity-17"). */
    static String anchor(PublicItem item) {
        return item.kind().name().toLowerCase(Locale.ROOT) + "-" + item.id();
    }
}
