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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Arrays;
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
    private static final float SMALLEST_TABLE_FONT = 6f;
    private static final float SWATCH = 7f;

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

    /**
     * Numbers every page at its foot, "Sida 2 av 5" with the words given ({0} the page, {1} the total), as an artifact:
     * the total is written into a template once the last page is known. Call before anything is drawn.
     */
    void numberPages(String pattern, Font font) {
        BaseFont face = font.getBaseFont();
        float size = font.getSize();
        String[] parts = pattern.split("\\{1\\}", 2);
        PdfTemplate total = canvas.createTemplate(4 * face.getWidthPoint("0", size), size * LEADING);
        canvas.getPdfWriter().setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                String before = java.text.MessageFormat.format(parts[0].replace("'", "''"), writer.getPageNumber());
                String after = parts.length > 1 ? parts[1] : "";
                float width = face.getWidthPoint(before, size) + total.getWidth() + face.getWidthPoint(after, size);
                float x = (PAGE.getWidth() - width) / 2;
                float base = MARGIN / 2;
                canvas.beginMarkedContentSequence(ARTIFACT);
                canvas.beginText();
                canvas.setFontAndSize(face, size);
                canvas.setTextMatrix(x, base);
                canvas.showText(before);
                canvas.endText();
                canvas.addTemplate(total, x + face.getWidthPoint(before, size), base - size * 0.25f);
                if (!after.isEmpty()) {
                    canvas.beginText();
                    canvas.setFontAndSize(face, size);
                    canvas.setTextMatrix(x + face.getWidthPoint(before, size) + total.getWidth(), base);
                    canvas.showText(after);
                    canvas.endText();
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
        });
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
     * widths are relative, widened where a column's longest word needs it.
     */
    void table(float[] widths, List<String> headings, List<List<String>> rows, Font headFont, Font cellFont) {
        table(widths, headings, rows, null, headFont, cellFont);
    }

    /** A coloured dot before the text of one cell of a row; the text says the same, the colour only repeats it. */
    record Mark(int column, Color color) {
    }

    /** The same with a {@link Mark} on the rows that have one (null where none). */
    void table(float[] widths, List<String> headings, List<List<String>> rows, List<Mark> marks, Font headFont,
               Font cellFont) {
        float scale = fontScale(headings, rows, headFont, cellFont);
        Font head = scaled(headFont, scale);
        Font body = scaled(cellFont, scale);
        int markColumn = marks == null ? -1 : marks.stream().filter(java.util.Objects::nonNull).mapToInt(Mark::column)
                .findFirst().orElse(-1);
        float[] x = columns(widths, headings, rows, head, body, markColumn);
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

    /** 1, or less when the longest words of all columns side by side are wider than the page. */
    private static float fontScale(List<String> headings, List<List<String>> rows, Font headFont, Font cellFont) {
        float needed = 0;
        for (int i = 0; i < headings.size(); i++) {
            needed += longestWord(i, headings, rows, headFont, cellFont) + 2 * PADDING + 1;
        }
        float available = PAGE.getWidth() - 2 * MARGIN;
        if (needed <= available) {
            return 1;
        }
        return Math.max(SMALLEST_TABLE_FONT / cellFont.getSize(), available / needed);
    }

    private static Font scaled(Font font, float scale) {
        return scale == 1 ? font : new Font(font.getBaseFont(), font.getSize() * scale, font.getStyle());
    }

    /**
     * Column edges: each column gets its share by weight, but never less than its longest word (so a name such as
     * "Samhällsfastigheter" stays whole); what the widened columns take is taken from the others by weight.
     */
    private static float[] columns(float[] weights, List<String> headings, List<List<String>> rows, Font head,
                                   Font body, int markColumn) {
        int n = weights.length;
        float available = PAGE.getWidth() - 2 * MARGIN;
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            min[i] = longestWord(i, headings, rows, head, body) + 2 * PADDING + 1 + (i == markColumn ? SWATCH + 3 : 0);
        }
        float[] width = new float[n];
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = available;
            float weight = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    free -= min[i];
                } else {
                    weight += weights[i];
                }
            }
            for (int i = 0; i < n; i++) {
                width[i] = fixed[i] ? min[i] : Math.max(0, free) * weights[i] / weight;
                if (!fixed[i] && width[i] < min[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (weight == 0 || Arrays.equals(fixed, all(n))) {
                break;
            }
        }
        float[] x = new float[n + 1];
        x[0] = MARGIN;
        for (int i = 0; i < n; i++) {
            x[i + 1] = x[i] + width[i];
        }
        return x;
    }

    private static boolean[] all(int n) {
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return all;
    }

    private static float longestWord(int column, List<String> headings, List<List<String>> rows, Font head,
                                     Font body) {
        float longest = widestWord(headings.get(column), head);
        for (List<String> row : rows) {
            longest = Math.max(longest, widestWord(row.get(column), body));
        }
        return longest;
    }

    private static float widestWord(String text, Font font) {
        float widest = 0;
        for (String word : text.split("[ \\t\\n]+")) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
        }
        return widest;
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
