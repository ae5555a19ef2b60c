package se.samspar.web.admin;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import se.samspar.identity.api.UserAccounts;
import se.samspar.identity.api.UserView;
import se.samspar.web.table.RowsById;

/**
 * The accounts, one page at a time from the database (newest first), their roles and rights with them: the list
 * costs the same few statements however many accounts there are (issue 12).
 */
class UserRows extends RowsById<UserView> {
    private static final long serialVersionUID = 1L;

    /** The service (looked up again after the view was stored: it is not serializable) and the search now. */
    interface Source extends java.io.Serializable {
        UserAccounts accounts();

        String search();
    }

    private final Source source;

    UserRows(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.accounts().count(source.search()));
    }

    @Override
    public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.accounts().page(source.search(), first, pageSize);
    }

    @Override
    protected long idOf(UserView user) {
        return user.id();
    }
}
