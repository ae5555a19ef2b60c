package se.samspar.transfer.api;

import java.io.InputStream;

/**
 * Imports a whole agreement from a {@code samspar-agreement/1} file (docs/import-format.md): its
 * organisations (an organisation already in Samspår, by name, is reused), the agreement with its
 * parties, priority areas, goals and sub-goals, activities and their status history. All or
 * nothing, in one transaction: a file with any problem is refused with {@link ImportRefused},
 * naming the file and the JSON path of each problem, and nothing is written. Runs as the caller,
 * whose rights the services check; the status history can only be imported by the system.
 */
public interface AgreementImports {
    /** The format the file's {@code format} field must name. */
    String FORMAT = "samspar-agreement/1";
    /** The largest file read, in bytes. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /** Imports the file and returns the new agreement's id. */
    long importAgreement(String fileName, InputStream json);
}
