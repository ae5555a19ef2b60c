package se.samspar.transfer.api;

/**
 * A file to import: its name (whose ending tells a macro-enabled workbook), its bytes, and where it goes: a
 * new agreement ({@code intoAgreementId} null) or the activities added to an existing agreement.
 */
public record ImportRequest(String fileName, byte[] content, Long intoAgreementId) {
    public ImportRequest {
        content = content == null ? new byte[0] : content;
    }
}
