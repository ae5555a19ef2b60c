package se.samspar.web.table;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a table (quoted cells, as before) with every cell that would start a formula neutralised
 * ({@link SpreadsheetText}). Registered as the data table's {@code csv} exporter ({@link Exporters}), so every
 * {@code p:dataExporter type="csv"} uses it. The XLSX exporters need nothing: they write text as string cells, never as
 * formulas.
 */
public class FormulaSafeCsvExporter extends DataTableCSVExporter {
    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        String text = value == null ? null : value.toString();
        String safe = SpreadsheetText.neutralise(text);
        super.exportCellValue(context, table, column, safe == text ? value : ColumnValue.of(safe), index);
    }
}
