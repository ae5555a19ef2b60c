package se.samspar.web.followup;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * An accessible PDF written from top to bottom: every heading, paragraph and table cell is drawn
 * inside a marked-content sequence of its own structure element (Document → H1, H2, H3, P, Table →
 * TR → TH, TD), rules and fills are artifacts, and the document's language and title are set. A
 * screen reader then reads the report in order, knows its headings and reads a cell with its column.
 *
 * <p>OpenPDF's document flow does not tag what it lays out, so this lays text out itself with
 * {@link ColumnText} on the page's direct content, starting a new page when one is full; a table
 * repeats its header row (as an artifact) on each new page.
 */
public final class TaggedPdf {
    private static final Rectangle PAGE = PageSize.A4;
    private static final float MARGIN = 50;
    private static final float PADDING = 3;
    private static final float LEADING = 1.25f;
    private static final float KEEP_WITH_HEADING = 60;
    private static final PdfName TABLE = new PdfName("Table");
    private static final PdfName ROW = new PdfName("TR");
    private static final PdfName HEADER_CELL = new PdfName("TH");
    private static final PdfName CELL = new PdfName("TD");
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Document document;
    private final PdfContentByte canvas;
    private final PdfStructureElement root;
    private float y;

    TaggedPdf(OutputStream out, Locale locale, String title, String subject) {
        document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setTagged();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator("Samspår");
        document.open();
        canvas = writer.getDirectContent();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName("Document"));
        y = top();
    }

    /** A heading of level 1–3, on a new page when fewer than a few lines would follow it on this one. */
    void heading(int level, String text, Font font, float spaceBefore, float spaceAfter) {
        if (y - spaceBefore - font.getSize() * LEADING - KEEP_WITH_HEADING < MARGIN) {
            newPage();
        }
        block(new PdfName("H" + level), new Phrase(text, font), font, spaceBefore, spaceAfter);
    }

    void paragraph(String text, Font font, float spaceAfter) {
        block(PdfName.P, new Phrase(text, font), font, 0, spaceAfter);
    }

    /** "Label: value" as one paragraph, the label in the bold font. */
    void fact(String label, String value, Font bold, Font body) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(label + ": ", bold));
        phrase.add(new Chunk(value, body));
        block(PdfName.P, phrase, body, 0, 4);
    }

    /**
     * A table with a header row; each header cell has the scope of its column. Rows never split across pages;
     * widths are relative.
     */
    void table(float[] widths, List<String> headings, List<List<String>> rows, Font headFont, Font cellFont) {
        float[] x = new float[widths.length + 1];
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        x[0] = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            x[i + 1] = x[i] + (PAGE.getWidth() - 2 * MARGIN) * widths[i] / sum;
        }
        PdfStructureElement table = new PdfStructureElement(root, TABLE);
        y -= 6;
        if (y - height(x, headings, headFont) - rows.stream().findFirst().map(r -> height(x, r, cellFont)).orElse(0f)
                < MARGIN) {
            newPage();
        }
        row(table, x, headings, headFont, true);
        for (List<String> cells : rows) {
            if (y - height(x, cells, cellFont) < MARGIN) {
                newPage();
                row(null, x, headings, headFont, true);
            }
            row(table, x, cells, cellFont, false);
        }
        y -= 6;
    }

    void newPage() {
        canvas.getPdfWriter().setPageEmpty(false);
        document.newPage();
        y = top();
    }

    void close() {
        document.close();
    }

    /** Text that may run over several lines and pages, as one structure element. */
    private void block(PdfName type, Phrase phrase, Font font, float spaceBefore, float spaceAfter) {
        PdfStructureElement element = new PdfStructureElement(root, type);
        y -= spaceBefore;
        if (y - font.getSize() * LEADING < MARGIN) {
            newPage();
        }
        ColumnText column = column(MARGIN, MARGIN, PAGE.getWidth() - MARGIN, y, phrase, font);
        while (ColumnText.hasMoreText(draw(element, column))) {
            newPage();
            column.setSimpleColumn(MARGIN, MARGIN, PAGE.getWidth() - MARGIN, y);
        }
        y = column.getYLine() - spaceAfter;
    }

    /**
     * One table row: fills and rules as an artifact, then each cell as a TH or TD of a new TR. With no table, the
     * row is a repeated header and all of it is an artifact.
     */
    private void row(PdfStructureElement table, float[] x, List<String> cells, Font font, boolean header) {
        float height = height(x, cells, font);
        canvas.beginMarkedContentSequence(ARTIFACT);
        if (header) {
            canvas.setGrayFill(0.9f);
            canvas.rectangle(x[0], y - height, x[x.length - 1] - x[0], height);
            canvas.fill();
            canvas.resetGrayFill();
        }
        canvas.setLineWidth(0.5f);
        for (int i = 0; i < cells.size(); i++) {
            canvas.rectangle(x[i], y - height, x[i + 1] - x[i], height);
        }
        canvas.stroke();
        if (table == null) {
            for (int i = 0; i < cells.size(); i++) {
                drawCell(x, i, cells.get(i), font);
            }
            canvas.endMarkedContentSequence();
            y -= height;
            return;
        }
        canvas.endMarkedContentSequence();
        PdfStructureElement row = new PdfStructureElement(table, ROW);
        for (int i = 0; i < cells.size(); i++) {
            PdfStructureElement cell = new PdfStructureElement(row, header ? HEADER_CELL : CELL);
            if (header) {
                PdfDictionary scope = new PdfDictionary();
                scope.put(PdfName.O, TABLE);
                scope.put(new PdfName("Scope"), new PdfName("Column"));
                cell.put(PdfName.A, scope);
            }
            canvas.beginMarkedContentSequence(cell);
            drawCell(x, i, cells.get(i), font);
            canvas.endMarkedContentSequence();
        }
        y -= height;
    }

    private void drawCell(float[] x, int i, String text, Font font) {
        ColumnText column = column(x[i] + PADDING, MARGIN, x[i + 1] - PADDING, y - PADDING,
                new Phrase(text, font), font);
        go(column, false);
    }

    /** The height a row needs: its tallest cell and the padding. */
    private float height(float[] x, List<String> cells, Font font) {
        float tallest = 0;
        for (int i = 0; i < cells.size(); i++) {
            float top = 10_000;
            ColumnText column = column(x[i] + PADDING, -10_000, x[i + 1] - PADDING, top,
                    new Phrase(cells.get(i), font), font);
            go(column, true);
            tallest = Math.max(tallest, top - column.getYLine());
        }
        return tallest + 2 * PADDING;
    }

    private int draw(PdfStructureElement element, ColumnText column) {
        canvas.beginMarkedContentSequence(element);
        int status = go(column, false);
        canvas.endMarkedContentSequence();
        return status;
    }

    private ColumnText column(float left, float bottom, float right, float top, Phrase phrase, Font font) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        column.setLeading(font.getSize() * LEADING);
        column.addText(phrase);
        return column;
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the PDF", e);
        }
    }

    private static float top() {
        return PAGE.getHeight() - MARGIN;
    }
}
