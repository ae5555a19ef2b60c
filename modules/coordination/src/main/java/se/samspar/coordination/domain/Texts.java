package se.samspar.coordination.domain;

/** Optional free text as stored: stripped, and nothing when blank. */
final class Texts {
    private Texts() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
