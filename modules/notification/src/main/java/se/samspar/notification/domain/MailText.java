package se.samspar.notification.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reminders' wording, from {@code se/samspar/notification/mail*.properties}: Swedish (the base bundle) or
 * English. No fallback to the server's language, so a Swedish reader never gets English because the JVM runs in it.
 */
public final class MailText {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final ResourceBundle bundle;
    private final Locale locale;

    private MailText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("se.samspar.notification.mail", locale, MailText.class.getClassLoader(),
                NO_FALLBACK);
    }

    /** "en" (any case, also "en-GB") is English; anything else, none included, Swedish. */
    public static MailText in(String language) {
        boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
        return new MailText(english ? Locale.forLanguageTag("en-GB") : Locale.forLanguageTag("sv-SE"));
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
