package se.samspar.web.table;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;

/**
 * The activities page's rows, paged, filtered and sorted by the database through
 * {@link ActivityTable}. The filter comes from the page; PrimeFaces' own column filters are not
 * used. A column's {@code sortBy="#{act.dueDate()}"} names its sort key (see {@link #sortOf}).
 */
public class ActivityRows extends RowsById<ActivityView> {
    private static final long serialVersionUID = 1L;

    /** Column sort fields (as PrimeFaces derives them from sortBy) to the table's sort keys. */
    private static final Map<String, ActivitySort> SORTS = Map.of(
            "reference", ActivitySort.REFERENCE,
            "title", ActivitySort.TITLE,
            "status", ActivitySort.STATUS,
            "light", ActivitySort.LIGHT,
            "progress", ActivitySort.PROGRESS,
            "startDate", ActivitySort.START_DATE,
            "dueDate", ActivitySort.DUE_DATE,
            "lastUpdateAt", ActivitySort.LAST_UPDATE);

    private static final Pattern LAST_NAME = Pattern.compile("\\.(\\w+)(?:\\(\\))?}$");

    /** Where the rows come from (the activity table under a filter, my organisation's activities); survives the view. */
    public interface Source extends Serializable {
        long count();

        List<ActivityView> page(int first, int pageSize, ActivitySort sort, boolean ascending);
    }

    private final Source source;
    private final ActivitySort unsorted;

    public ActivityRows(Source source) {
        this(source, ActivitySort.REFERENCE);
    }

    /** {@code unsorted}: the order until the user sorts by a column. */
    public ActivityRows(Source source, ActivitySort unsorted) {
        this.source = source;
        this.unsorted = unsorted;
    }

    /** The rows of the activity table under the filter the source gives at each call. */
    public static ActivityRows of(ActivityTable table, FilterSource filter) {
        return new ActivityRows(new Source() {
            private static final long serialVersionUID = 1L;

            @Override
            public long count() {
                return table.count(filter.get());
            }

            @Override
            public List<ActivityView> page(int first, int pageSize, ActivitySort sort, boolean ascending) {
                return table.page(filter.get(), first, pageSize, sort, ascending);
            }
        });
    }

    /** Something that gives the filter now, and survives the view being stored. */
    public interface FilterSource extends Supplier<ActivityFilter>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    @Override
    public List<ActivityView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
        ActivitySort sort = unsorted;
        boolean ascending = true;
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                ActivitySort key = sortOf(meta);
                if (key != null && meta.getOrder() != SortOrder.UNSORTED) {
                    sort = key;
                    ascending = meta.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
        }
        return source.page(first, pageSize, sort, ascending);
    }

    /**
     * The sort key a column names: its field, or else the last name in its sortBy expression
     * ({@code #{act.dueDate()}} → DUE_DATE). Null for a column the table cannot sort by.
     */
    static ActivitySort sortOf(SortMeta meta) {
        String field = meta.getField();
        if (field == null && meta.getSortBy() != null) {
            Matcher m = LAST_NAME.matcher(meta.getSortBy().getExpressionString());
            field = m.find() ? m.group(1) : null;
        }
        return field == null ? null : SORTS.get(field);
    }

    @Override
    protected long idOf(ActivityView activity) {
        return activity.id();
    }
}
