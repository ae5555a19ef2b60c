package se.samspar.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseKindTest {
    @Test
    void theDatabaseIsToldByItsDriversProductName() {
        assertEquals(DatabaseKind.DERBY, DatabaseKind.of("Apache Derby"));
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.of("PostgreSQL"));
        assertEquals("classpath:db/derby", DatabaseKind.DERBY.migrations());
        assertEquals("classpath:db/postgresql", DatabaseKind.POSTGRESQL.migrations());
    }

    @Test
    void anotherDatabaseIsRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DatabaseKind.of("MySQL"));
        assertEquals("Samspår runs on Apache Derby or PostgreSQL, not on MySQL", refused.getMessage());
    }
}
