package se.samspar.web.table;

import java.util.regex.Pattern;

/**
 * Text bound for a spreadsheet that a user may have typed (a title, a username): a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets when
 * they open a CSV file, and a formula can fetch addresses, leak other cells or run commands (CWE-1236). Such text is
 * prefixed with a single quote, as OWASP advises ("CSV Injection"), which spreadsheets show as text. Plain numbers,
 * negative ones included, are left as they are: they compute nothing.
 */
public final class SpreadsheetText {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
