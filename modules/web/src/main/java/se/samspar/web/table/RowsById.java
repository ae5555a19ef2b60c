package se.samspar.web.table;

import java.util.List;
import org.omnifaces.util.Components;
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
     * finds. {@code clientId} is the table's, as {@code Components.findComponent} takes it.
     */
    public static void showFirstPage(String clientId) {
        DataTable table = Components.findComponent(clientId);
        if (table != null) {
            table.setFirst(0);
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
