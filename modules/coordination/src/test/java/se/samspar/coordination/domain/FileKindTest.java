package se.samspar.coordination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An attachment's kind is what its bytes say, not its name: a renamed file is refused. */
class FileKindTest {

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of(FileKind.PDF), FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A,
                0x0A, 0, 0}));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        assertEquals("application/pdf", FileKind.PDF.contentType());
    }

    @Test
    void anythingElseIsNoKnownKind() {
        assertTrue(FileKind.of("MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(FileKind.of("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)).isEmpty(), "the magic must lead");
        assertTrue(FileKind.of("%PD".getBytes(StandardCharsets.US_ASCII)).isEmpty(), "shorter than the magic");
        assertTrue(FileKind.of(new byte[0]).isEmpty());
        assertTrue(FileKind.of(null).isEmpty());
    }

    @Test
    void aBrowsersFolderIsDroppedFromTheName() {
        assertEquals("protokoll.pdf", FileKind.baseName("C:\\fakepath\\protokoll.pdf"));
        assertEquals("protokoll.pdf", FileKind.baseName("/home/anna/protokoll.pdf"));
        assertEquals("avtal 2023.pdf", FileKind.baseName(" avtal 2023.pdf "));
        assertNull(FileKind.baseName("folder/"));
        assertNull(FileKind.baseName(null));
    }
}
