package se.samspar.transfer.internal;

import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import se.samspar.transfer.domain.SheetLayout;
import se.samspar.transfer.domain.SheetLayout.Column;

/**
 * The agreement sheet, whose fields are rows: a label in column A, the value in column B. A label left out
 * is an empty value (a required one is then refused at the sheet's first cell).
 */
final class AgreementRow {
    private static final int VALUE = 1;
    private final SheetCells cells;
    private final Places places;
    private final Sheet sheet;
    private final Map<Column, Integer> rowOf;

    AgreementRow(SheetCells cells, Places places, Sheet sheet, Map<Column, Integer> rowOf) {
        this.cells = cells;
        this.places = places;
        this.sheet = sheet;
        this.rowOf = rowOf;
    }

    /** The row of the label, placed under the field's JSON path; -1 when the sheet has no such label. */
    private int row(Column label, String field) {
        Integer row = rowOf.get(label);
        if (row == null) {
            return -1;
        }
        places.put("agreement." + field, SheetLayout.place(SheetLayout.AGREEMENT, row, VALUE));
        return row;
    }

    String text(Column label, String field) {
        int row = row(label, field);
        return row < 0 ? null : cells.text(SheetLayout.AGREEMENT, sheet, row, VALUE);
    }

    LocalDate date(Column label, String field) {
        int row = row(label, field);
        return row < 0 ? null : cells.date(SheetLayout.AGREEMENT, sheet, row, VALUE);
    }

    Integer integer(Column label, String field) {
        int row = row(label, field);
        return row < 0 ? null : cells.integer(SheetLayout.AGREEMENT, sheet, row, VALUE);
    }

    Boolean yesNo(Column label, String field) {
        int row = row(label, field);
        return row < 0 ? null : cells.yesNo(SheetLayout.AGREEMENT, sheet, row, VALUE);
    }

    <E extends Enum<E>> E word(Column label, String field, Class<E> type) {
        int row = row(label, field);
        return row < 0 ? null : cells.word(SheetLayout.AGREEMENT, sheet, row, VALUE, type);
    }
}
