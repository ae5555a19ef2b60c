package se.samspar.web.publication;

import java.util.Locale;
import se.samspar.platform.api.Locales;

/**
 * The public page's stable key and language, from the address: the agreement's id (digits only; it never changes,
 * whatever the agreement is renamed to) and {@code lang=en} for English, Swedish otherwise. The language is in the
 * address, not the session, so every address has one answer and caches can keep it.
 */
final class PublicKey {
    private PublicKey() {
    }

    /** The agreement id of a key such as "12", or null for anything else (a 404). */
    static Long agreementId(String key) {
        if (key == null || key.isEmpty() || key.length() > 18 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long id = Long.parseLong(key);
        return id > 0 ? id : null;
    }

    static Locale locale(String lang) {
        return "en".equals(lang) ? Locales.ENGLISH : Locales.SWEDISH;
    }
}
