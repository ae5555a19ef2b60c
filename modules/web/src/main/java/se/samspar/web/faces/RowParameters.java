package se.samspar.web.faces;

import org.omnifaces.util.Faces;

/**
 * What a row button of a table or list acts on: the id (and version) its row was shown with, rendered into the button
 * as {@code <f:param>} and sent with the click. Not the row variable, which a postback restores by row index into the
 * list as it is then, so that another user's change between showing and clicking would pick another row.
 */
public final class RowParameters {
    private RowParameters() {
    }

    /** The request parameter as a number, or null when it is missing or not a number (not a request a page sends). */
    public static Long number(String name) {
        return ViewParameters.id(Faces.getRequestParameter(name));
    }
}
