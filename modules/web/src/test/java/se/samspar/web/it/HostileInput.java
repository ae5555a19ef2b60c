package se.samspar.web.it;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hostile-input corpus the trust tests send to every form field and every import field: script, markup, SQL,
 * expression language, right-to-left text, emoji and line breaks are stored exactly as given (pages escape them);
 * overlong text, control characters, bidirectional overrides and personal identity numbers are refused at their
 * field with nothing written. Decimals that fit no column are refused at their field in milliseconds, never rounded:
 * rounding {@code 1e-400000002} to two decimals takes the database minutes of one processor.
 */
final class HostileInput {
    static final Map<String, String> STORED = new LinkedHashMap<>();
    static final Map<String, String> REFUSED = new LinkedHashMap<>();
    /** Decimals no column holds, as a number's text (JSON) or a BigDecimal's: refused, quickly, at their field. */
    static final Map<String, String> DECIMALS_REFUSED = new LinkedHashMap<>();
    /** What each refused decimal may take at most, service call or import included. */
    static final long DECIMAL_REFUSAL_MILLIS = 1000;

    static {
        STORED.put("script", "<script>alert('x')</script>");
        STORED.put("markup", "\"><img src=x onerror=alert(1)><b>fet</b>");
        STORED.put("sql", "'; DROP TABLE ACT_ACTIVITY; --");
        STORED.put("sql-or", "' OR '1'='1");
        STORED.put("el", "#{facesContext.externalContext.sessionMap} ${7*7}");
        STORED.put("right-to-left text", "مرحبا بالعالم שלום");
        STORED.put("emoji", "Trygghetsvandring 👮‍♀️🚒 🇸🇪");
        STORED.put("line breaks", "rad ett\nrad två\ttab");
        REFUSED.put("overlong", "x".repeat(5000));
        REFUSED.put("nul", "abc\u0000def");
        REFUSED.put("bell", "ring\u0007");
        REFUSED.put("escape", "\u001B[31mröd");
        REFUSED.put("right-to-left override", "faktura\u202Efdp.exe");
        REFUSED.put("personal identity number", "Kontakt 811218-9876");
        DECIMALS_REFUSED.put("tiny exponent", "1e-400000002");
        DECIMALS_REFUSED.put("negative tiny exponent", "-1e-400000002");
        DECIMALS_REFUSED.put("huge exponent", "1e400000000");
        DECIMALS_REFUSED.put("too many decimals", "0.0001");
        DECIMALS_REFUSED.put("too many digits", "1" + "0".repeat(14));
    }

    private HostileInput() {
    }
}
