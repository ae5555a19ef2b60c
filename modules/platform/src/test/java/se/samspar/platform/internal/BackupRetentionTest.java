package se.samspar.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static final List<String> SCHEDULED = List.of("samspar-20261120-020000", "samspar-20261121-020000",
            "samspar-20261122-020000");

    @Test
    void manualBackupsNeverPushOutTheScheduledOnes() {
        List<String> all = new ArrayList<>(SCHEDULED);
        IntStream.range(0, 7).forEach(i -> all.add("samspar-manual-20261123-1000" + i + "0"));
        List<String> gone = BackupRetention.toDelete(all, 2, 3);
        assertEquals(List.of("samspar-manual-20261123-100030", "samspar-manual-20261123-100020",
                "samspar-manual-20261123-100010", "samspar-manual-20261123-100000", "samspar-20261120-020000"), gone);
    }

    @Test
    void theScheduleKeepsItsNewestAndLeavesManualOnesAlone() {
        List<String> all = new ArrayList<>(SCHEDULED);
        all.add("samspar-manual-20261101-090000");
        assertEquals(List.of("samspar-20261121-020000", "samspar-20261120-020000"),
                BackupRetention.toDelete(all, 1, 1));
        assertEquals(List.of(), BackupRetention.toDelete(all, 7, 7));
        assertEquals(List.of("samspar-20261121-020000", "samspar-20261120-020000"), BackupRetention.toDelete(all, 0, 0),
                "a keep of 0 still keeps the newest of each kind");
    }
}
