package se.samspar.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import se.samspar.platform.api.FieldChanges;

/**
 * The persistence unit's session customizer (persistence.xml): applies the {@link ColumnNames} rule, and tells
 * {@link FieldChanges} which fields every entity update changes, from EclipseLink's change set at flush. Versions and
 * secrets are left out.
 */
public class ChangeTracking implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ColumnNames.apply(session);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            String entity = descriptor.getJavaClass().getSimpleName();
            descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
                @Override
                public void aboutToUpdate(DescriptorEvent event) {
                    // The change set hangs on the write query (the event's own is only set for some events).
                    ObjectChangeSet set = event.getChangeSet() != null ? event.getChangeSet()
                            : event.getQuery() instanceof WriteObjectQuery write ? write.getObjectChangeSet() : null;
                    if (set != null) {
                        FieldChanges.record(entity, set.getId(), changes(set));
                    }
                }
            });
        }
    }

    static List<FieldChanges.Change> changes(ObjectChangeSet set) {
        List<FieldChanges.Change> out = new ArrayList<>();
        for (ChangeRecord record : set.getChanges()) {
            String field = record.getAttribute();
            String lower = field.toLowerCase(Locale.ROOT);
            if (lower.equals("version") || lower.contains("password") || lower.contains("hash")) {
                continue;
            }
            if (record instanceof DirectToFieldChangeRecord direct) {
                out.add(new FieldChanges.Change(field, text(direct.getOldValue()), text(direct.getNewValue())));
            } else {
                out.add(new FieldChanges.Change(field, null, "(changed)"));
            }
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() > 200 ? s.substring(0, 199) + "…" : s;
    }
}
