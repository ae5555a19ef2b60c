package se.samspar.coordination.domain;

import java.util.Optional;

/**
 * The kinds of file an attachment may be, told by their first bytes (magic numbers), never by the name or the
 * content type a browser sends: a renamed executable is no PDF.
 */
public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final byte[] magic;

    FileKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileKind> of(byte[] content) {
        for (FileKind k : values()) {
            if (content != null && content.length >= k.magic.length && startsWith(content, k.magic)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The name as given, without any folder a browser may send ("C:\\fakepath\\x.pdf" is "x.pdf"). */
    public static String baseName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? null : base;
    }
}
