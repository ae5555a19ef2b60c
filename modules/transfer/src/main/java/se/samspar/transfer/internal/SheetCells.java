package se.samspar.transfer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.domain.SheetLayout;
import se.samspar.transfer.domain.SheetWords;

/**
 * Typed values from the cells of one workbook, each problem at its cell ({@code Aktiviteter!C5}): text
 * (a number typed in a text column is its text), dates and date-times (a date cell, or text as ISO
 * {@code YYYY-MM-DD} and {@code YYYY-MM-DD HH:MM[:SS[.fraction]]}), whole and decimal numbers, the format's words
 * ({@link SheetWords}) and yes/no. An empty cell is null. Text that a spreadsheet would take for a formula
 * is refused; formula cells are refused anywhere in the workbook before any is read ({@link #noFormulas}).
 */
final class SheetCells {
    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    void problem(String place, String key, Map<String, Object> arguments) {
        problems.add(new FieldProblem(place, key, arguments));
    }

    /** Every formula cell of the sheet, as a problem: the import takes values, never formulas. */
    void noFormulas(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    problem(sheet.getSheetName() + "!" + cell.getAddress().formatAsString(), "samspar.import.xlsx.formula",
                            Map.of());
                }
            }
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private static String place(SheetLayout.Sheet layout, int row, int column) {
        return SheetLayout.place(layout, row, column);
    }

    /** Whether every cell of the row in the given columns is empty. */
    static boolean blank(Sheet sheet, int row, int columns) {
        for (int c = 0; c < columns; c++) {
            Cell cell = cell(sheet, row, c);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The cell's raw text as typed (numbers as their plain digits), or null when empty or unreadable. */
    private String raw(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue().strip();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> SheetWords.yesNo(cell.getBooleanCellValue());
            case BLANK, FORMULA -> null; // formulas are refused by noFormulas
            default -> {
                problem(place(layout, row, column), "samspar.import.type", Map.of("expected", "text"));
                yield null;
            }
        };
    }

    String text(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        String text = raw(layout, sheet, row, column);
        Cell cell = cell(sheet, row, column);
        if (cell != null && cell.getCellType() == CellType.STRING && SheetWords.looksLikeFormula(text)) {
            problem(place(layout, row, column), "samspar.import.xlsx.formulaText", Map.of());
        }
        return text;
    }

    LocalDate date(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        LocalDateTime at = moment(layout, sheet, row, column, "samspar.import.xlsx.date",
                s -> LocalDate.parse(s).atStartOfDay());
        return at == null ? null : at.toLocalDate();
    }

    LocalDateTime dateTime(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        return moment(layout, sheet, row, column, "samspar.import.xlsx.dateTime",
                s -> LocalDateTime.parse(s.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +", "$1T")));
    }

    private LocalDateTime moment(SheetLayout.Sheet layout, Sheet sheet, int row, int column, String key,
                                 Function<String, LocalDateTime> parse) {
        Cell cell = cell(sheet, row, column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (DateUtil.isValidExcelDate(value) && value >= 1) {
                return DateUtil.getLocalDateTime(value);
            }
            problem(place(layout, row, column), key, Map.of());
            return null;
        }
        String text = text(layout, sheet, row, column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            problem(place(layout, row, column), key, Map.of());
            return null;
        }
    }

    Integer integer(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        BigDecimal value = decimal(layout, sheet, row, column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problem(place(layout, row, column), "samspar.import.xlsx.integer", Map.of());
            return null;
        }
    }

    BigDecimal decimal(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        String text = raw(layout, sheet, row, column);
        if (text == null) {
            return null;
        }
        // At most 20 characters and no exponent, as typed decimals everywhere in Samspår.
        if (text.length() > 20 || !text.matches("-?\\d+([.,]\\d+)?")) {
            problem(place(layout, row, column), "samspar.import.xlsx.decimal", Map.of());
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    <E extends Enum<E>> E word(SheetLayout.Sheet layout, Sheet sheet, int row, int column, Class<E> type) {
        String text = text(layout, sheet, row, column);
        if (text == null) {
            return null;
        }
        Optional<E> value = SheetWords.value(type, text);
        if (value.isEmpty()) {
            problem(place(layout, row, column), "samspar.import.xlsx.word",
                    Map.of("allowed", String.join(", ", SheetWords.allowed(type))));
        }
        return value.orElse(null);
    }

    Boolean yesNo(SheetLayout.Sheet layout, Sheet sheet, int row, int column) {
        String text = raw(layout, sheet, row, column);
        if (text == null) {
            return null;
        }
        Optional<Boolean> value = SheetWords.yesNo(text);
        if (value.isEmpty()) {
            problem(place(layout, row, column), "samspar.import.xlsx.word",
                    Map.of("allowed", SheetWords.YES + ", " + SheetWords.NO));
        }
        return value.orElse(null);
    }
}
