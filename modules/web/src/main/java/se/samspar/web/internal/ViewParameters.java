package se.samspar.web.internal;

/** Reading the ids in bookmarkable addresses (?id=…): anything that is not a number is no id. */
final class ViewParameters {
    private ViewParameters() {
    }

    static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
