package se.samspar.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which backups go after a new one: scheduled backups ({@code samspar-<time>}) and manual ones
 * ({@code samspar-manual-<time>}) are counted apart, the newest {@code keepScheduled} and {@code keepManual} of each
 * kept. So however often an administrator chooses "Back up now", the schedule's backups stay, and the schedule never
 * deletes a backup an administrator took on purpose (before an upgrade, say) until newer manual ones replace it.
 */
final class BackupRetention {
    static final String SCHEDULED = "samspar-";
    static final String MANUAL = "samspar-manual-";

    private BackupRetention() {
    }

    /** The names among {@code names} (finished backups' folder names) to delete; at least one of each kind stays. */
    static List<String> toDelete(List<String> names, int keepScheduled, int keepManual) {
        List<String> out = new ArrayList<>();
        out.addAll(oldest(names.stream().filter(BackupRetention::manual).toList(), keepManual));
        out.addAll(oldest(names.stream().filter(n -> n.startsWith(SCHEDULED) && !manual(n)).toList(), keepScheduled));
        return out;
    }

    static boolean manual(String name) {
        return name.startsWith(MANUAL);
    }

    private static List<String> oldest(List<String> sameKind, int keep) {
        // Within a kind the names differ only in the time, yyyyMMdd-HHmmss: newest sorts last.
        List<String> newestFirst = new ArrayList<>(sameKind);
        newestFirst.sort(Comparator.reverseOrder());
        return newestFirst.subList(Math.min(Math.max(keep, 1), newestFirst.size()), newestFirst.size());
    }
}
