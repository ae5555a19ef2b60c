package se.samspar.web.table;

import jakarta.faces.context.FacesContext;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * A table's rows paged in the database, each row keyed by its id: a row the table asks for by key is found among the
 * rows of the page shown, never by another query.
 */
public abstract class RowsById<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /**
     * Back to the table's first page, for a new search or filter: the page shown may be past the end of what it
     * finds. {@code clientId} is the table's as rendered; found by client id, so a table in a form that does not
     * prefix its ids ({@code prependId="false"}) is found too (a search by component id stops at that form). A table
     * not found is a mistake in the page, said at once rather than leaving the page where it was.
     */
    public static void showFirstPage(String clientId) {
        showPageHolding(clientId, 0);
    }

    /** The table turned to the page that holds the row at this place (0: the first row), as for a row just saved. */
    public static void showPageHolding(String clientId, long place) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (c, component) -> {
            DataTable table = (DataTable) component;
            int rows = table.getRows();
            table.setFirst(rows <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, place / rows * rows));
        });
        if (!found) {
            throw new IllegalArgumentException("no table " + clientId + " on " + context.getViewRoot().getViewId());
        }
    }

    /** The row's id, its key in the table. */
    protected abstract long idOf(T row);

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        if (page == null || rowKey == null) {
            return null;
        }
        return page.stream().filter(r -> String.valueOf(idOf(r)).equals(rowKey)).findFirst().orElse(null);
    }
}
