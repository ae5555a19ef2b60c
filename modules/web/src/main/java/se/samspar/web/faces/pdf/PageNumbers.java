package se.samspar.web.faces.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.text.MessageFormat;

/**
 * "Sida 2 av 5" centred at the foot of every page of a {@link TaggedPdf}, as an artifact (a screen reader skips it).
 * The total is not known until the end, so it is a template drawn on every page and filled in when the document closes.
 */
final class PageNumbers extends PdfPageEventHelper {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfContentByte canvas;
    private final String before;
    private final String after;
    private final BaseFont face;
    private final float size;
    private final float pageWidth;
    private final float baseline;
    private final PdfTemplate total;

    /** @param pattern the words, {0} the page and {1} the total, e.g. "Sida {0} av {1}" */
    PageNumbers(PdfContentByte canvas, String pattern, Font font, float pageWidth, float baseline) {
        this.canvas = canvas;
        String[] parts = pattern.split("\\{1\\}", 2);
        this.before = parts[0].replace("'", "''");
        this.after = parts.length > 1 ? parts[1] : "";
        this.face = font.getBaseFont();
        this.size = font.getSize();
        this.pageWidth = pageWidth;
        this.baseline = baseline;
        this.total = canvas.createTemplate(4 * face.getWidthPoint("0", size), size * 1.25f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = MessageFormat.format(before, writer.getPageNumber());
        float textWidth = face.getWidthPoint(text, size);
        float x = (pageWidth - textWidth - total.getWidth() - face.getWidthPoint(after, size)) / 2;
        canvas.beginMarkedContentSequence(ARTIFACT);
        show(text, x);
        canvas.addTemplate(total, x + textWidth, baseline - size * 0.25f);
        if (!after.isEmpty()) {
            show(after, x + textWidth + total.getWidth());
        }
        canvas.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(face, size);
        total.setTextMatrix(0, size * 0.25f);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private void show(String text, float x) {
        canvas.beginText();
        canvas.setFontAndSize(face, size);
        canvas.setTextMatrix(x, baseline);
        canvas.showText(text);
        canvas.endText();
    }
}
