package se.samspar.platform.internal;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The tables' one naming rule, said once: a field's column is its name in upper snake case ({@code agreementId} in
 * {@code AGREEMENT_ID}), so an entity names a column ({@code @Column(name = …)}) only where it differs. JPA itself
 * would take {@code AGREEMENTID}. Applied before EclipseLink initialises the descriptors.
 */
final class ColumnNames {
    private ColumnNames() {
    }

    static void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct && direct.getField() != null
                        && direct.getField().getName().equalsIgnoreCase(direct.getAttributeName())) {
                    direct.getField().setName(of(direct.getAttributeName()));
                }
            }
        }
    }

    /** {@code partyId} → {@code PARTY_ID}; a name without capitals stays one word. */
    static String of(String attribute) {
        return attribute.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT);
    }
}
