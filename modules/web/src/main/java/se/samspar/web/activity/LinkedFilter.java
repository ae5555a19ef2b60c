package se.samspar.web.activity;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import se.samspar.web.faces.ViewParameters;

/**
 * The filters a link brings in the address beside the form's own (the start page's and the dashboard's links:
 * {@code risk=true}, {@code due=30}, {@code party=…}, {@code from=…}, {@code to=…}). The page names them above the
 * table until "Återställ" clears them. A malformed value is no filter.
 */
public class LinkedFilter implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DAYS = 3660;

    boolean atRiskOnly;
    Integer dueWithinDays;
    Long partyId;
    LocalDate from;
    LocalDate to;

    /** The request's parameters, on the first request of the view. */
    static Map<String, String> address() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    static LinkedFilter of(Map<String, String> p) {
        LinkedFilter f = new LinkedFilter();
        f.atRiskOnly = "true".equals(p.get("risk"));
        Long days = ViewParameters.id(p.get("due"));
        f.dueWithinDays = days == null || days < 0 || days > MAX_DAYS ? null : days.intValue();
        f.partyId = ViewParameters.id(p.get("party"));
        f.from = date(p.get("from"));
        f.to = date(p.get("to"));
        return f;
    }

    /** A value from the address of an enum, or null. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean isEmpty() {
        return !atRiskOnly && dueWithinDays == null && partyId == null && from == null && to == null;
    }

    public boolean isAtRiskOnly() {
        return atRiskOnly;
    }

    public Integer getDueWithinDays() {
        return dueWithinDays;
    }

    public Long getPartyId() {
        return partyId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
