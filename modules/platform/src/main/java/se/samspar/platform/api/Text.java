package se.samspar.platform.api;

/** How a text a user may leave empty is stored: stripped, and absent (null) when blank. One rule for every module. */
public final class Text {
    private Text() {
    }

    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
