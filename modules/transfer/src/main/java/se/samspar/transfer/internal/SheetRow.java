package se.samspar.transfer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Sheet;
import se.samspar.transfer.domain.SheetLayout;
import se.samspar.transfer.domain.SheetLayout.Column;

/**
 * One row of a sheet being read into the JSON shape: each value read is also put in {@link Places} under
 * its JSON path (the row's path, then the field's name), so that a problem found later is told at its cell.
 */
final class SheetRow {
    private final SheetCells cells;
    private final Places places;
    private final SheetLayout.Sheet layout;
    private final Sheet sheet;
    private final int row;
    private String path;

    SheetRow(SheetCells cells, Places places, SheetLayout.Sheet layout, Sheet sheet, int row) {
        this.cells = cells;
        this.places = places;
        this.layout = layout;
        this.sheet = sheet;
        this.row = row;
    }

    /** From now on, values are placed under this JSON path; the path itself is the row's first cell. */
    SheetRow at(String objectPath) {
        path = objectPath;
        places.put(objectPath, cell(layout.columns().get(0)));
        return this;
    }

    String cell(Column column) {
        return SheetLayout.place(layout, row, layout.index(column));
    }

    int row() {
        return row;
    }

    /** Places a JSON path at a column's cell of this row. */
    void place(String field, Column column) {
        if (path != null) {
            places.put(path + "." + field, cell(column));
        }
    }

    private int column(Column column, String field) {
        place(field, column);
        return layout.index(column);
    }

    String text(Column column, String field) {
        return cells.text(layout, sheet, row, column(column, field));
    }

    String text(Column column) {
        return cells.text(layout, sheet, row, layout.index(column));
    }

    LocalDate date(Column column, String field) {
        return cells.date(layout, sheet, row, column(column, field));
    }

    LocalDateTime dateTime(Column column, String field) {
        return cells.dateTime(layout, sheet, row, column(column, field));
    }

    Integer integer(Column column, String field) {
        return cells.integer(layout, sheet, row, column(column, field));
    }

    BigDecimal decimal(Column column, String field) {
        return cells.decimal(layout, sheet, row, column(column, field));
    }

    <E extends Enum<E>> E word(Column column, String field, Class<E> type) {
        return cells.word(layout, sheet, row, column(column, field), type);
    }

    Boolean yesNo(Column column, String field) {
        return cells.yesNo(layout, sheet, row, column(column, field));
    }
}
