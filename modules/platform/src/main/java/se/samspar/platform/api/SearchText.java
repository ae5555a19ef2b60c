package se.samspar.platform.api;

import java.util.Locale;

/**
 * What a user typed in a search field, as a JPQL {@code like} pattern: the text anywhere, in lower case. It is text,
 * not a pattern: its own {@code %} and {@code _} match only themselves, escaped with {@code !} (so the query says
 * {@code like :search escape '!'}). One rule for every table that can be searched.
 */
public final class SearchText {
    private SearchText() {
    }

    /** Whether anything was typed (a blank search finds everything). */
    public static boolean given(String search) {
        return search != null && !search.isBlank();
    }

    /** The pattern that finds the text anywhere in a value compared in lower case. */
    public static String contains(String search) {
        String escaped = search.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
