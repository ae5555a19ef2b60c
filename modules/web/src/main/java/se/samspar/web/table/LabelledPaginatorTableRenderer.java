package se.samspar.web.table;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.api.Pageable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' data table, reflowing on a narrow screen and with each paginator named. Every table reflows
 * ({@code reflow}): below 640 px each row becomes a card, each cell with its column's heading, so no page is wider
 * than a phone and no column is lost. PrimeFaces' data table, with each paginator named. PrimeFaces renders a paginator as a navigation landmark
 * without a name; a table paginated above and below ({@code paginatorPosition="both"}) then has two landmarks
 * nobody can tell apart (axe-core's {@code landmark-unique}). This renderer (faces-config.xml) gives each the
 * name {@code paginator.top} or {@code paginator.bottom} from the page texts.
 */
public class LabelledPaginatorTableRenderer extends DataTableRenderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (component instanceof DataTable table && !table.isReflow()) {
            table.setReflow(true);
        }
        super.encodeEnd(context, component);
    }

    @Override
    protected void encodePaginatorMarkup(FacesContext context, Pageable pageable, String position)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String label = context.getApplication().getResourceBundle(context, "msg")
                .getString("bottom".equals(position) ? "paginator.bottom" : "paginator.top");
        context.setResponseWriter(new NamingNavigation(writer, label));
        try {
            super.encodePaginatorMarkup(context, pageable, position);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    /** Adds {@code aria-label} right after the first {@code role="navigation"} written through it. */
    private static final class NamingNavigation extends ResponseWriterWrapper {
        private final String label;
        private boolean named;

        NamingNavigation(ResponseWriter wrapped, String label) {
            super(wrapped);
            this.label = label;
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            super.writeAttribute(name, value, property);
            if (!named && "role".equals(name) && "navigation".equals(value)) {
                named = true;
                super.writeAttribute("aria-label", label, null);
            }
        }
    }
}
