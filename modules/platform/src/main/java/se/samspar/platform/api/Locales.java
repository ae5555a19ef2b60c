package se.samspar.platform.api;

import java.util.List;
import java.util.Locale;

/** The languages Samspår speaks: Swedish first, English on request. */
public final class Locales {
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);

    private Locales() {
    }
}
