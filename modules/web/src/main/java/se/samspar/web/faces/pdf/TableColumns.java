package se.samspar.web.faces.pdf;

import com.lowagie.text.Font;
import java.util.Arrays;
import java.util.List;

/**
 * How wide a {@link TaggedPdf} table's columns are (issue 16: no word broken mid-word): each column gets its share of
 * the page by weight, but never less than its longest word, so lines break only at spaces ("Samhällsfastigheter",
 * "brandförsvarsförbund" stay whole); where even the longest words side by side are wider than the page, the table's
 * font shrinks, down to 6 pt.
 *
 * @param available the width of the page between its margins
 * @param padding   what a cell adds to its text's width (padding on both sides and the rule)
 * @param markWidth what a coloured mark adds before the text of the marked column
 */
record TableColumns(float available, float padding, float markWidth) {
    private static final float SMALLEST_FONT = 6f;

    /** 1, or less when the longest words of all columns side by side are wider than the page. */
    float fontScale(List<String> headings, List<List<String>> rows, Font headFont, Font cellFont) {
        float needed = 0;
        for (int i = 0; i < headings.size(); i++) {
            needed += longestWord(i, headings, rows, headFont, cellFont) + padding;
        }
        if (needed <= available) {
            return 1;
        }
        return Math.max(SMALLEST_FONT / cellFont.getSize(), available / needed);
    }

    static Font scaled(Font font, float scale) {
        return scale == 1 ? font : new Font(font.getBaseFont(), font.getSize() * scale, font.getStyle());
    }

    /**
     * The columns' edges from {@code left}: the share by weight, widened to the longest word where needed; what the
     * widened columns take is taken from the others by weight.
     */
    float[] edges(float left, float[] weights, List<String> headings, List<List<String>> rows, Font head, Font body,
                  int markColumn) {
        int n = weights.length;
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            min[i] = longestWord(i, headings, rows, head, body) + padding + (i == markColumn ? markWidth : 0);
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
            if (weight == 0 || allFixed(fixed)) {
                break;
            }
        }
        float[] x = new float[n + 1];
        x[0] = left;
        for (int i = 0; i < n; i++) {
            x[i + 1] = x[i] + width[i];
        }
        return x;
    }

    private static boolean allFixed(boolean[] fixed) {
        boolean[] all = new boolean[fixed.length];
        Arrays.fill(all, true);
        return Arrays.equals(fixed, all);
    }

    private static float longestWord(int column, List<String> headings, List<List<String>> rows, Font head, Font body) {
        float longest = widestWord(headings.get(column), head);
        for (List<String> row : rows) {
            longest = Math.max(longest, widestWord(row.get(column), body));
        }
        return longest;
    }

    /** Words as the layout breaks lines: at spaces only (a non-breaking space joins "85 %"). */
    private static float widestWord(String text, Font font) {
        float widest = 0;
        for (String word : text.split("[ \\t\\n]+")) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
        }
        return widest;
    }
}
