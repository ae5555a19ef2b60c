package se.samspar.transfer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.OrganisationType;

/**
 * The words of the XLSX workbook for the format's enumerations and yes/no: the Swedish word the export
 * writes, and what the reader also accepts (the JSON format's code, any letter case). A workbook is typed
 * by people, so "Pågår", "pågår" and "IN_PROGRESS" are one status.
 */
public final class SheetWords {
    public static final String YES = "ja";
    public static final String NO = "nej";

    private static final Map<AgreementStatus, String> AGREEMENT_STATUS = words(AgreementStatus.class,
            "Utkast", "Gällande", "Avslutad");
    private static final Map<OrganisationType, String> ORGANISATION_TYPE = words(OrganisationType.class,
            "Kommun", "Polis", "Räddningstjänst", "Kriminalvård", "Bostadsbolag", "Fastighetsbolag", "Region", "Övrig");
    private static final Map<ActivityStatus, String> ACTIVITY_STATUS = words(ActivityStatus.class,
            "Planerad", "Pågår", "Genomförd", "Framflyttad", "Avbruten");
    private static final Map<TrafficLight, String> LIGHT = words(TrafficLight.class,
            "Enligt plan", "Risk för avvikelse", "Avvikelse");

    private SheetWords() {
    }

    private static <E extends Enum<E>> Map<E, String> words(Class<E> type, String... swedish) {
        E[] values = type.getEnumConstants();
        if (values.length != swedish.length) {
            throw new IllegalStateException("one word per " + type.getSimpleName());
        }
        Map<E, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(values[i], swedish[i]);
        }
        return Map.copyOf(map);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Map<E, String> table(Class<E> type) {
        if (type == AgreementStatus.class) {
            return (Map<E, String>) AGREEMENT_STATUS;
        } else if (type == OrganisationType.class) {
            return (Map<E, String>) ORGANISATION_TYPE;
        } else if (type == ActivityStatus.class) {
            return (Map<E, String>) ACTIVITY_STATUS;
        } else if (type == TrafficLight.class) {
            return (Map<E, String>) LIGHT;
        }
        throw new IllegalArgumentException("no sheet words for " + type);
    }

    /** The Swedish word the workbook shows for a value. */
    public static <E extends Enum<E>> String word(E value) {
        return value == null ? null : table(value.getDeclaringClass()).get(value);
    }

    /** The value a typed word or code names, ignoring case and surrounding space. */
    public static <E extends Enum<E>> Optional<E> value(Class<E> type, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<E, String> e : table(type).entrySet()) {
            if (e.getValue().toLowerCase(Locale.ROOT).equals(t) || e.getKey().name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The words a reader accepts for a type, in the enumeration's order, for messages and the template's notes. */
    public static <E extends Enum<E>> List<String> allowed(Class<E> type) {
        return List.of(type.getEnumConstants()).stream().map(e -> table(type).get(e)).toList();
    }

    /** Yes or no, in Swedish or English or as true/false; empty when it is neither. */
    public static Optional<Boolean> yesNo(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "ja", "yes", "true", "sant" -> Optional.of(true);
            case "nej", "no", "false", "falskt" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    public static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /**
     * Text a spreadsheet program would take for a formula if the cell were exported and opened again:
     * it begins with {@code =}, {@code +}, {@code -} or {@code @}. Refused in a workbook, whose cells are
     * what the export writes back.
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
