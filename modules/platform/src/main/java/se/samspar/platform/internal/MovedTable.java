package se.samspar.platform.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One of Samspår's tables as {@link DatabaseMove} moves it: its columns with their JDBC types as Derby declares them,
 * its primary key (the order rows are copied and compared in), its identity column if any, and how many rows were
 * moved.
 */
record MovedTable(String name, List<String> columns, List<Integer> types, List<String> key, String identity,
        long rows) {

    private static final String SCHEMA = "APP";

    /** The application's tables of Derby's database (not Flyway's), each after the tables its foreign keys name. */
    static List<MovedTable> inForeignKeyOrder(Connection derby) throws SQLException {
        DatabaseMetaData meta = derby.getMetaData();
        Map<String, MovedTable> tables = new TreeMap<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (ResultSet t = meta.getTables(null, SCHEMA, "%", new String[] {"TABLE"})) {
            while (t.next()) {
                String name = t.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                    tables.put(name, null);
                }
            }
        }
        for (String name : tables.keySet()) {
            tables.put(name, read(meta, name));
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet fk = meta.getImportedKeys(null, SCHEMA, name)) {
                while (fk.next()) {
                    referenced.add(fk.getString("PKTABLE_NAME"));
                }
            }
            referenced.remove(name); // a table naming itself (a goal's parent) is copied in key order
            references.put(name, referenced);
        }
        List<MovedTable> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            int before = placed.size();
            for (String name : tables.keySet()) {
                if (!placed.contains(name) && placed.containsAll(references.get(name))) {
                    placed.add(name);
                    ordered.add(tables.get(name));
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("foreign keys in a cycle among " + tables.keySet());
            }
        }
        return ordered;
    }

    private static MovedTable read(DatabaseMetaData meta, String name) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        String identity = null;
        try (ResultSet c = meta.getColumns(null, SCHEMA, name, "%")) {
            while (c.next()) {
                columns.add(c.getString("COLUMN_NAME"));
                types.add(c.getInt("DATA_TYPE"));
                if ("YES".equals(c.getString("IS_AUTOINCREMENT"))) {
                    identity = c.getString("COLUMN_NAME");
                }
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet k = meta.getPrimaryKeys(null, SCHEMA, name)) {
            while (k.next()) {
                key.put(k.getInt("KEY_SEQ"), k.getString("COLUMN_NAME"));
            }
        }
        return new MovedTable(name, List.copyOf(columns), List.copyOf(types), List.copyOf(key.values()), identity, 0);
    }

    MovedTable withRows(long moved) {
        return new MovedTable(name, columns, types, key, identity, moved);
    }

    /**
     * The order both databases give the rows in: the primary key, or every column but large ones where there is none;
     * text compared by code point on both (Derby's order; PostgreSQL's "C" collation).
     */
    String orderBy(boolean postgres) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            boolean large = types.get(i) == Types.CLOB || types.get(i) == Types.BLOB;
            if (key.isEmpty() ? !large : key.contains(column)) {
                order.add(postgres && isText(types.get(i)) ? column + " COLLATE \"C\"" : column);
            }
        }
        if (!key.isEmpty()) {
            order.sort((a, b) -> Integer.compare(key.indexOf(a.split(" ")[0]), key.indexOf(b.split(" ")[0])));
        }
        return order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order);
    }

    /** The type to name for a NULL in the {@code i}-th column (from 1): PostgreSQL's text and bytea for Derby's LOBs. */
    int targetType(int i) {
        int type = types.get(i - 1);
        return type == Types.CLOB ? Types.VARCHAR : type == Types.BLOB ? Types.BINARY : type;
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR;
    }
}
