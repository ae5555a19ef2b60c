package se.samspar.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The page texts (bundle se.samspar.web.messages) in the user's language, for backing beans. */
@Named
@RequestScoped
public class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    Language language;

    public String text(String key) {
        return language.text(key);
    }

    /**
     * The text in the other language: error pages show both, since their language switch would
     * post back to a view that is not the one the user asked for.
     */
    public String inOtherLanguage(String key) {
        return in(otherLocale(), key);
    }

    public String getOtherLanguageTag() {
        return otherLocale().toLanguageTag();
    }

    private java.util.Locale otherLocale() {
        return language.isSwedish() ? se.samspar.platform.api.Locales.ENGLISH : se.samspar.platform.api.Locales.SWEDISH;
    }

    /** A text in a given language, e.g. for a document asked for in English; the key itself when missing. */
    public static String in(java.util.Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("se.samspar.web.messages", locale,
                    Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
