package se.samspar.web.faces.pdf;

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
import java.awt.Color;
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
 * repeats its header row (as an artifact) on each new page. Sections flow one after the other (a heading moves to the
 * next page only when nothing of its section would fit below it), every page carries its number ("Sida 2 av 5", an
 * artifact), and a table's columns are at least as wide as their longest word, its font shrunk when the page is too
 * narrow for that: lines break at spaces, never inside a word.
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
    private static final float SWATCH = 7f;

    private final Document document;
    private final PdfContentByte canvas;
    private final PdfStructureElement root;
    private float y;

    public TaggedPdf(OutputStream out, Locale locale, String title, String subject) {
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

    /**
     * Numbers every page at its foot, "Sida 2 av 5" with the words given ({0} the page, {1} the total), as an artifact
     * ({@link PageNumbers}). Call before anything is drawn.
     */
    public void numberPages(String pattern, Font font) {
        canvas.getPdfWriter().setPageEvent(new PageNumbers(canvas, pattern, font, PAGE.getWidth(), MARGIN / 2));
    }

    /** A heading of level 1–3, on a new page when fewer than a few lines would follow it on this one. */
    public void heading(int level, String text, Font font, float spaceBefore, float spaceAfter) {
        if (y - spaceBefore - font.getSize() * LEADING - KEEP_WITH_HEADING < MARGIN) {
            newPage();
        }
        block(new PdfName("H" + level), new Phrase(text, font), font, spaceBefore, spaceAfter);
    }

    public void paragraph(String text, Font font, float spaceAfter) {
        block(PdfName.P, new Phrase(text, font), font, 0, spaceAfter);
    }

    /** "Label: value" as one paragraph, the label in the bold font. */
    public void fact(String label, String value, Font bold, Font body) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(label + ": ", bold));
        phrase.add(new Chunk(value, body));
        block(PdfName.P, phrase, body, 0, 4);
    }

    /**
     * A table with a header row; each header cell has the scope of its column. Rows never split across pages;
     * widths are relative, widened where a column's longest word needs it.
     */
    public void table(float[] widths, List<String> headings, List<List<String>> rows, Font headFont, Font cellFont) {
        table(widths, headings, rows, null, headFont, cellFont);
    }

    /** A coloured dot before the text of one cell of a row; the text says the same, the colour only repeats it. */
    public record Mark(int column, Color color) {
    }

    /** The same with a {@link Mark} on the rows that have one (null where none). */
    public void table(float[] widths, List<String> headings, List<List<String>> rows, List<Mark> marks, Font headFont,
               Font cellFont) {
        TableColumns fit = new TableColumns(PAGE.getWidth() - 2 * MARGIN, 2 * PADDING + 1, SWATCH + 3);
        float scale = fit.fontScale(headings, rows, headFont, cellFont);
        Font head = TableColumns.scaled(headFont, scale);
        Font body = TableColumns.scaled(cellFont, scale);
        int markColumn = marks == null ? -1 : marks.stream().filter(java.util.Objects::nonNull).mapToInt(Mark::column)
                .findFirst().orElse(-1);
        float[] x = fit.edges(MARGIN, widths, headings, rows, head, body, markColumn);
        PdfStructureElement table = new PdfStructureElement(root, TABLE);
        y -= 6;
        if (y - height(x, headings, head, null) - (rows.isEmpty() ? 0f : height(x, rows.get(0), body, mark(marks, 0)))
                < MARGIN) {
            newPage();
        }
        row(table, x, headings, head, true, null);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (y - height(x, cells, body, mark(marks, r)) < MARGIN) {
                newPage();
                row(null, x, headings, head, true, null);
            }
            row(table, x, cells, body, false, mark(marks, r));
        }
        y -= 6;
    }

    private static Mark mark(List<Mark> marks, int row) {
        return marks == null || row >= marks.size() ? null : marks.get(row);
    }

    public void newPage() {
        canvas.getPdfWriter().setPageEmpty(false);
        document.newPage();
        y = top();
    }

    public void close() {
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
    private void row(PdfStructureElement table, float[] x, List<String> cells, Font font, boolean header, Mark mark) {
        float height = height(x, cells, font, mark);
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
        if (mark != null) {
            float r = SWATCH / 2;
            canvas.setColorFill(mark.color());
            canvas.circle(x[mark.column()] + PADDING + r, y - PADDING - font.getSize() * 0.65f, r);
            canvas.fill();
            canvas.resetRGBColorFill();
        }
        if (table == null) {
            for (int i = 0; i < cells.size(); i++) {
                drawCell(x, i, cells.get(i), font, 0);
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
            drawCell(x, i, cells.get(i), font, indent(mark, i));
            canvas.endMarkedContentSequence();
        }
        y -= height;
    }

    private void drawCell(float[] x, int i, String text, Font font, float indent) {
        ColumnText column = column(x[i] + PADDING + indent, MARGIN, x[i + 1] - PADDING, y - PADDING,
                new Phrase(text, font), font);
        go(column, false);
    }

    /** The height a row needs: its tallest cell and the padding. */
    private static float indent(Mark mark, int column) {
        return mark != null && mark.column() == column ? SWATCH + 3 : 0;
    }

    private float height(float[] x, List<String> cells, Font font, Mark mark) {
        float tallest = 0;
        for (int i = 0; i < cells.size(); i++) {
            float top = 10_000;
            float indent = indent(mark, i);
            ColumnText column = column(x[i] + PADDING + indent, -10_000, x[i + 1] - PADDING, top,
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
