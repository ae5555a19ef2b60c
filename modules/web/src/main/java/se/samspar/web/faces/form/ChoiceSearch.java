package se.samspar.web.faces.form;

import java.io.Serializable;

/**
 * What the tag {@code s:choiceSearch} binds to: the search typed above a choice that offers at most {@value #SHOWN} of
 * what it finds ({@link OrganisationChoices}, {@link ActivityChoices}). Holds only the search, so the form's
 * view-scoped bean can keep it.
 */
public abstract class ChoiceSearch implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many found are offered at most. */
    public static final int SHOWN = 50;

    private final String name;
    private String search;

    /** {@code name}: the form's, unique on its page (the offer is read once a rendered request under it). */
    protected ChoiceSearch(String name) {
        this.name = name;
    }

    /** The key under which this form's offer for the given inputs is kept for the request (PerRequest). */
    protected String offerKey(Object... inputs) {
        return getClass().getName() + ":" + name + ":" + search + ":" + java.util.Arrays.toString(inputs);
    }

    /** {@value #SHOWN}, for the hint that says how many are offered. */
    public int getShown() {
        return SHOWN;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
