package se.samspar.web.table;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The rows of a table with a search field, one page at a time from the database: the table costs the same few
 * statements however many rows there are (issue 12). It holds the search typed; "Sök" ({@link #find}) shows what it
 * finds from the first page. Made of lambdas on the section, which reach the service through the section's injected
 * proxy (looked up again after the view was stored: services are not serializable).
 */
public final class SearchedRows<T> extends RowsById<T> {
    private static final long serialVersionUID = 1L;

    /** How many rows the search finds. */
    public interface Count extends Serializable {
        long count(String search);
    }

    /** A page of the rows the search finds. */
    public interface Page<T> extends Serializable {
        List<T> page(String search, int first, int max);
    }

    /** A row's id, its key in the table. */
    public interface Id<T> extends Serializable {
        long of(T row);
    }

    private final String tableId;
    private final Count count;
    private final Page<T> page;
    private final Id<T> id;
    private String search;

    /** {@code tableId}: the table's client id, as {@link RowsById#showFirstPage} takes it. */
    public SearchedRows(String tableId, Count count, Page<T> page, Id<T> id) {
        this.tableId = tableId;
        this.count = count;
        this.page = page;
        this.id = id;
    }

    /** "Sök": what the search typed finds, from the first page. */
    public void find() {
        showFirstPage(tableId);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count(search));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(search, first, pageSize);
    }

    @Override
    protected long idOf(T row) {
        return id.of(row);
    }
}
