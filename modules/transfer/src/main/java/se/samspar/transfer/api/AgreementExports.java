package se.samspar.transfer.api;

/**
 * An agreement as a {@code samspar-agreement/1} file, JSON or the XLSX workbook, for its coordinators and
 * administrators ({@code AccessDenied} otherwise): importing it into an empty installation gives the same
 * agreement, field by field. And the empty workbook, the template with its notes.
 */
public interface AgreementExports {
    byte[] json(long agreementId);

    byte[] xlsx(long agreementId);

    /** The XLSX template: every sheet with its headers and an English note on each. */
    byte[] xlsxTemplate();

    /** May the caller export this agreement? */
    boolean mayExport(long agreementId);
}
