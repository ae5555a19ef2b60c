package se.samspar.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnNamesTest {

    @Test
    void aFieldsColumnIsItsNameInUpperSnakeCase() {
        assertEquals("AGREEMENT_ID", ColumnNames.of("agreementId"));
        assertEquals("DECISION_DIARY_NUMBER", ColumnNames.of("decisionDiaryNumber"));
        assertEquals("TITLE", ColumnNames.of("title"));
        assertEquals("LINE2_TEXT", ColumnNames.of("line2Text"));
    }
}
