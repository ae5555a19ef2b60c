package se.samspar.web.faces.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, embedded as a subset with Unicode encoding: every character of a name prints (Sámi, Polish and
 * Turkish names included), and the PDF carries its own fonts. A document's fonts are its own: OpenPDF reads the
 * font file again when it writes the subset, so sharing one between documents written at once is not safe.
 */
public final class PdfFonts {
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private final BaseFont regular = font("DejaVuSans.ttf", REGULAR);
    private final BaseFont boldFace = font("DejaVuSans-Bold.ttf", BOLD);
    public final Font title = new Font(boldFace, 20);
    public final Font heading = new Font(boldFace, 15);
    public final Font subheading = new Font(boldFace, 11.5f);
    public final Font body = new Font(regular, 9.5f);
    public final Font bold = new Font(boldFace, 9.5f);
    public final Font small = new Font(regular, 8.5f);
    public final Font cell = new Font(regular, 7.5f);
    public final Font cellHead = new Font(boldFace, 7.5f);

    private static BaseFont font(String name, byte[] file) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("font " + name, e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/se/samspar/web/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
