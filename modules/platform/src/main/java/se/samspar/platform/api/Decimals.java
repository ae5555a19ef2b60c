package se.samspar.platform.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one rule for decimals that come from outside: as text (a form field) they are plain digits
 * with at most one decimal separator and at most {@link #MAX_LENGTH} characters, never exponent
 * notation; as values (a service's input, an imported JSON number) they fit their column's
 * {@code DECIMAL(precision, scale)}. Both checks cost a few comparisons whatever the value:
 * {@code 1e-400000002} would otherwise be rounded to the column's scale by an arithmetic with
 * hundreds of millions of digits, holding a request thread and a database connection for
 * minutes.
 */
public final class Decimals {
    /** The most characters a typed decimal may have, spaces left out: 20 is far beyond any column. */
    public static final int MAX_LENGTH = 20;
    /** The message key of a value that does not fit its column ({@code {integer}}, {@code {fraction}}). */
    public static final String DIGITS_KEY = "samspar.number.digits";

    /** An unscaled value beyond this many bits (about 77 digits) never fits a column of ours. */
    private static final int MAX_UNSCALED_BITS = 256;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Decimals() {
    }

    /**
     * A decimal as people type it: "2,5" and "2.5" alike (Swedish writes a decimal comma), spaces
     * ignored; blank is none. Refused (NumberFormatException) when it is longer than
     * {@link #MAX_LENGTH} characters, has an exponent ("1e5") or is not a number at all.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = SPACES.matcher(text).replaceAll("").replace(',', '.');
        if (plain.length() > MAX_LENGTH) {
            throw new NumberFormatException("longer than " + MAX_LENGTH + " characters");
        }
        if (!PLAIN.matcher(plain).matches()) {
            throw new NumberFormatException("not a plain decimal");
        }
        return new BigDecimal(plain);
    }

    /**
     * Whether the value fits a column with {@code integer} digits before the decimal point and
     * {@code fraction} after it (the column's precision minus scale, and its scale), trailing
     * zeros aside, as {@code @Digits} counts. Cheap on any value: the scale and precision are
     * compared, nothing is rounded or written out.
     */
    public static boolean fits(BigDecimal value, int integer, int fraction) {
        if (value == null) {
            return true;
        }
        if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
            return false;
        }
        BigDecimal stripped;
        try {
            // With at most 77 digits, stripping trailing zeros is a few divisions whatever the scale.
            stripped = value.stripTrailingZeros();
        } catch (ArithmeticException scaleOverflow) {
            return false;
        }
        long scale = stripped.scale();
        long integerDigits = stripped.precision() - scale;
        return integerDigits <= integer && Math.max(scale, 0) <= fraction;
    }

    /** The value if it {@link #fits fits}; otherwise refused at the field, with nothing written. */
    public static BigDecimal require(String field, BigDecimal value, int integer, int fraction) {
        if (!fits(value, integer, fraction)) {
            throw new InvalidInput(List.of(new FieldProblem(field, DIGITS_KEY,
                    Map.of("integer", integer, "fraction", fraction))));
        }
        return value;
    }

    /**
     * The value written out plainly without trailing zeros ("2.5", "1200"), for showing it back in
     * a field; a value no field could have produced is written in the short scientific form
     * instead of being spelled out digit by digit.
     */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (!fits(value, MAX_LENGTH, MAX_LENGTH)) {
            return value.toString();
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
