package se.samspar.platform.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.samspar.platform.internal.DatabaseMove.MoveRefused;

/**
 * The check that makes a move trustworthy: one table's rows read from Derby and from PostgreSQL in the same order and
 * compared value by value — text, numbers, dates, binary content. Timestamps are equal to PostgreSQL's precision
 * (a microsecond; Derby keeps nanoseconds).
 */
final class MovedValues {
    private static final int SHOWN_DIFFERENCES = 5;
    private static final long HALF_MICROSECOND_NANOS = 500;

    private final MovedTable table;
    private final Connection derby;
    private final Connection postgres;

    MovedValues(MovedTable table, Connection derby, Connection postgres) {
        this.table = table;
        this.derby = derby;
        this.postgres = postgres;
    }

    /** The number of rows, equal on both sides; refuses the move with the first differences otherwise. */
    long compare() throws SQLException {
        String columns = String.join(", ", table.columns());
        List<String> differences = new ArrayList<>();
        long rows = 0;
        try (Statement fromDerby = derby.createStatement();
             Statement fromPostgres = postgres.createStatement()) {
            fromDerby.setFetchSize(500);
            fromPostgres.setFetchSize(500);
            try (ResultSet source = fromDerby.executeQuery(
                         "SELECT " + columns + " FROM " + table.name() + table.orderBy(false));
                 ResultSet target = fromPostgres.executeQuery(
                         "SELECT " + columns + " FROM " + table.name() + table.orderBy(true))) {
                while (true) {
                    boolean more = source.next();
                    if (more != target.next()) {
                        throw new MoveRefused(table.name() + ": " + DatabaseMove.count(derby, table.name())
                                + " rows on Derby, " + DatabaseMove.count(postgres, table.name()) + " on PostgreSQL");
                    }
                    if (!more) {
                        break;
                    }
                    rows++;
                    for (int i = 1; i <= table.columns().size(); i++) {
                        Object was = read(source, i);
                        Object is = read(target, i);
                        if (!same(was, is) && differences.size() < SHOWN_DIFFERENCES) {
                            differences.add("row " + rows + ", " + table.columns().get(i - 1) + ": " + shown(was)
                                    + " on Derby, " + shown(is) + " on PostgreSQL");
                        }
                    }
                }
            }
        }
        if (!differences.isEmpty()) {
            throw new MoveRefused(table.name() + " differs after the copy: " + String.join("; ", differences));
        }
        return rows;
    }

    /** A column's value as it is moved: large text as a String, binary content as bytes, the rest as JDBC gives it. */
    static Object read(ResultSet rows, int i) throws SQLException {
        return switch (rows.getMetaData().getColumnType(i)) {
            case Types.CLOB -> rows.getString(i);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> rows.getBytes(i);
            default -> rows.getObject(i);
        };
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Timestamp x && b instanceof Timestamp y) {
            long nanos = (x.getTime() - y.getTime()) * 1_000_000L + (x.getNanos() % 1_000_000 - y.getNanos() % 1_000_000);
            return Math.abs(nanos) <= HALF_MICROSECOND_NANOS;
        }
        if (a instanceof java.util.Date && b instanceof java.util.Date) {
            return a.toString().equals(b.toString());
        }
        return a.equals(b);
    }

    private static String shown(Object value) {
        String text = value instanceof byte[] bytes ? bytes.length + " bytes" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
