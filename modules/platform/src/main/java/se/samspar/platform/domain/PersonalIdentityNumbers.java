package se.samspar.platform.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Swedish personal identity numbers (personnummer, and coordination numbers whose
 * day is 61–91) in free text: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYYYMMDD-NNNN}
 * and {@code YYYYMMDDNNNN}, with a valid check digit. Ten bare digits are left alone: too many
 * ordinary numbers look like that.
 */
public final class PersonalIdentityNumbers {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(\\d{6}|\\d{8})([-+]?)(\\d{4})(?![0-9])");

    private PersonalIdentityNumbers() {
    }

    public static boolean containsOne(CharSequence text) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String date = m.group(1);
            boolean separated = !m.group(2).isEmpty();
            if (date.length() == 6 && !separated) {
                continue;
            }
            if (isValid(date.substring(date.length() - 6) + m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** Ten digits YYMMDDNNNC: a plausible date and a correct Luhn check digit. */
    static boolean isValid(String tenDigits) {
        if (tenDigits.length() != 10) {
            return false;
        }
        int month = Integer.parseInt(tenDigits.substring(2, 4));
        int day = Integer.parseInt(tenDigits.substring(4, 6));
        boolean dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        if (month < 1 || month > 12 || !dayOk) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Control characters other than line breaks and tabs have no place in user text. */
    public static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
            // Bidirectional overrides and isolates reorder what is shown and can disguise text;
            // right-to-left writing itself (Arabic, Hebrew) needs none of them.
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return true;
            }
        }
        return false;
    }
}
