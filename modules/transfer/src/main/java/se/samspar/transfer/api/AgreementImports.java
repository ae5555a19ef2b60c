package se.samspar.transfer.api;

import java.io.InputStream;

/**
 * Imports a whole agreement from a {@code samspar-agreement/1} file (docs/import-format.md), JSON or the XLSX
 * workbook: its organisations (an organisation already in Samspår, by name, is reused), the agreement with its
 * parties, priority areas, goals and sub-goals, activities and their status history; or only the activities of
 * such a file, added to an existing agreement. All or nothing, in one transaction: a file with any problem is
 * refused with {@link ImportRefused}, naming the file and the place of each problem (a JSON path, or a sheet
 * and cell), and nothing is written.
 *
 * <p>Rights: a new agreement is imported by an administrator or a coordinator, activities by a coordinator of
 * the agreement they go to ({@code AccessDenied} otherwise). Once allowed, the file is written with the
 * system's rights on behalf of the caller (who stays the actor of every audit row): a file brings its own
 * organisations and status history, which users otherwise cannot create.
 */
public interface AgreementImports {
    /** The format the file's {@code format} field must name. */
    String FORMAT = "samspar-agreement/1";
    /** The largest file read by default, in bytes; setting {@link #MAX_BYTES_SETTING} changes it. */
    int MAX_BYTES = 5 * 1024 * 1024;
    /** The MicroProfile Config property of the largest file, in bytes (environment SAMSPAR_IMPORT_MAX_BYTES). */
    String MAX_BYTES_SETTING = "samspar.import.max-bytes";

    /** Imports a JSON file as a new agreement and returns its id (the demo data's way in). */
    long importAgreement(String fileName, InputStream json);

    /** Checks the file and writes it in a transaction that is rolled back: what would be created, or the refusal. */
    ImportPreview preview(ImportRequest request);

    /** Imports the file and returns the id of the agreement it created or added to. */
    long importFile(ImportRequest request);

    /** The largest file this installation reads, in bytes. */
    int maxBytes();

    /** May the caller import a new agreement (or, with an id, add activities to that agreement)? */
    boolean mayImport(Long intoAgreementId);
}
