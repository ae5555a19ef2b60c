package se.samspar.agreement.domain;

/** How entered text is stored: stripped, and empty as absent. */
final class Text {
    private Text() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
