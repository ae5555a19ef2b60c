package se.samspar.audit.api;

import java.util.List;

/** Reads the audit trail, newest first. There is no way to change it. */
public interface AuditTrail {
    List<AuditEntryView> ofAgreement(long agreementId, int max);

    List<AuditEntryView> latest(int max);
}
