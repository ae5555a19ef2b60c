package se.samspar.transfer.domain;

import java.util.List;

/**
 * The XLSX workbook of the format (docs/import-format.md, "XLSX workbook"): its sheets, their Swedish
 * column headers in order, and the English note the template puts on each header. One place for the
 * reader, the export and the template, so the three cannot drift apart.
 */
public final class SheetLayout {
    /** A column: its Swedish header and the English note on it. */
    public record Column(String header, String note) {
        /** The column's letter, A for the first. */
        public static String letter(int index) {
            StringBuilder out = new StringBuilder();
            for (int i = index + 1; i > 0; i = (i - 1) / 26) {
                out.insert(0, (char) ('A' + (i - 1) % 26));
            }
            return out.toString();
        }
    }

    /** A sheet: its name and columns; on the agreement sheet the "columns" are the rows of column A. */
    public record Sheet(String name, List<Column> columns) {
        public int index(Column column) {
            return columns.indexOf(column);
        }
    }

    public static final Column TITLE = new Column("Titel", "Title of the agreement (required, at most 200 characters).");
    public static final Column VALID_FROM = new Column("Giltig från", "First day of the period (required), a date YYYY-MM-DD.");
    public static final Column VALID_TO = new Column("Giltig till", "Last day of the period (required), not before the first.");
    public static final Column STATUS = new Column("Status", "Utkast, Gällande or Avslutad (draft, active, closed); default Utkast.");
    public static final Column DIARY = new Column("Diarienummer", "Registry reference of the decision, e.g. SN-2022/2159.119.");
    public static final Column DECIDED_BY = new Column("Beslutande organ", "The deciding body.");
    public static final Column DECIDED_ON = new Column("Beslutsdatum", "Date of the decision.");
    public static final Column DESCRIPTION = new Column("Beskrivning", "Description, at most 4000 characters.");
    public static final Column INTERVAL = new Column("Uppdateringsintervall (dagar)",
            "Days without a status report before an activity needs an update; 1-365, default 60.");
    public static final Column PARTIES_REPORT = new Column("Parter rapporterar egna aktiviteter",
            "ja or nej (yes/no): may users of a lead party report on its activities; default ja.");
    public static final Sheet AGREEMENT = new Sheet("Överenskommelse", List.of(TITLE, VALID_FROM, VALID_TO, STATUS,
            DIARY, DECIDED_BY, DECIDED_ON, DESCRIPTION, INTERVAL, PARTIES_REPORT));

    public static final Column ORG_KEY = new Column("Nyckel", "Key of the organisation (required, unique): how the other sheets name it.");
    public static final Column ORG_NAME = new Column("Organisation", "Full name (required); an organisation already in Samspår with this name is reused.");
    public static final Column ORG_SHORT = new Column("Kortnamn", "Short name shown in tables, at most 50 characters.");
    public static final Column ORG_TYPE = new Column("Typ",
            "Kommun, Polis, Räddningstjänst, Kriminalvård, Bostadsbolag, Fastighetsbolag, Region or Övrig (required).");
    public static final Column ORG_NUMBER = new Column("Organisationsnummer", "Swedish organisation number NNNNNN-NNNN.");
    public static final Column SIGNATORY = new Column("Undertecknare", "Who signed for the party.");
    public static final Column SIGNATORY_TITLE = new Column("Befattning", "The signatory's title.");
    public static final Column SIGNED_ON = new Column("Undertecknad", "Date signed.");
    public static final Column CONTACT = new Column("Kontaktperson", "Contact person or function.");
    public static final Column IS_PARTY = new Column("Part", "ja or nej (yes/no): is the organisation a party; default ja.");
    public static final Sheet PARTIES = new Sheet("Parter", List.of(ORG_KEY, ORG_NAME, ORG_SHORT, ORG_TYPE, ORG_NUMBER,
            SIGNATORY, SIGNATORY_TITLE, SIGNED_ON, CONTACT, IS_PARTY));

    public static final Column AREA_CODE = new Column("Kod", "Code of the priority area (required): 2-10 capital letters or digits, unique.");
    public static final Column AREA_NAME = new Column("Namn", "Name of the priority area (required).");
    public static final Column AREA_DESCRIPTION = new Column("Beskrivning", "Description, at most 4000 characters.");
    public static final Sheet AREAS = new Sheet("Områden", List.of(AREA_CODE, AREA_NAME, AREA_DESCRIPTION));

    public static final Column GOAL_AREA = new Column("Område", "Code of the goal's priority area (required).");
    public static final Column GOAL_KEY = new Column("Nyckel", "Key of the goal (required, unique in the workbook).");
    public static final Column GOAL_TITLE = new Column("Mål", "The goal (required, at most 200 characters).");
    public static final Column GOAL_DESCRIPTION = new Column("Beskrivning", "Description, at most 4000 characters.");
    public static final Column GOAL_PARENT = new Column("Delmål till",
            "For a sub-goal: the key of its overall goal, given on an earlier row of the same area. Empty for an overall goal.");
    public static final Sheet GOALS = new Sheet("Mål", List.of(GOAL_AREA, GOAL_KEY, GOAL_TITLE, GOAL_DESCRIPTION, GOAL_PARENT));

    public static final Column ACT_AREA = new Column("Område", "Code of the activity's priority area (required).");
    public static final Column ACT_REFERENCE = new Column("Referens", "Reference, e.g. VINR-3 (required, unique, at most 20 characters).");
    public static final Column ACT_TITLE = new Column("Aktivitet", "What is to be done (required, at most 200 characters).");
    public static final Column ACT_DESCRIPTION = new Column("Beskrivning", "Description, at most 4000 characters.");
    public static final Column ACT_GOAL = new Column("Mål",
            "Key of a goal or sub-goal of the same area; adding to an existing agreement, the goal's title.");
    public static final Column ACT_LEAD = new Column("Ansvarig part",
            "Key of the lead party (required); adding to an existing agreement, the party's name or short name.");
    public static final Column ACT_PARTICIPANTS = new Column("Medverkande parter",
            "Participating parties, named as the lead party, separated by semicolons; not the lead party.");
    public static final Column ACT_CONTACT = new Column("Kontaktperson", "Contact person or function.");
    public static final Column ACT_START = new Column("Startdatum", "Start date.");
    public static final Column ACT_DUE = new Column("Slutdatum", "Due date, not before the start date.");
    public static final Column ACT_WEIGHT = new Column("Vikt", "Weight in progress roll-ups, a whole number 1-100; default 1.");
    public static final Sheet ACTIVITIES = new Sheet("Aktiviteter", List.of(ACT_AREA, ACT_REFERENCE, ACT_TITLE,
            ACT_DESCRIPTION, ACT_GOAL, ACT_LEAD, ACT_PARTICIPANTS, ACT_CONTACT, ACT_START, ACT_DUE, ACT_WEIGHT));

    public static final Column UPD_REFERENCE = new Column("Referens", "Reference of the activity reported on (required).");
    public static final Column UPD_AT = new Column("Rapporterad", "When, YYYY-MM-DD HH:MM (required); each activity's reports oldest first.");
    public static final Column UPD_STATUS = new Column("Status", "Planerad, Pågår, Genomförd, Framflyttad or Avbruten (required).");
    public static final Column UPD_LIGHT = new Column("Trafikljus", "Enligt plan, Risk för avvikelse or Avvikelse (green, yellow, red; required).");
    public static final Column UPD_PROGRESS = new Column("Framdrift", "Progress in percent, 0-100 (required); 100 exactly when Genomförd.");
    public static final Column UPD_COMMENT = new Column("Kommentar", "Comment, at most 4000 characters.");
    public static final Column UPD_HOURS = new Column("Nedlagd tid", "Hours spent, 0-10000, at most 2 decimals.");
    public static final Column UPD_BY = new Column("Rapportör", "Who reported, preferably a function (required).");
    public static final Column UPD_ORGANISATION = new Column("Organisation", "Key of the reporting organisation.");
    public static final Sheet UPDATES = new Sheet("Lägesrapporter", List.of(UPD_REFERENCE, UPD_AT, UPD_STATUS, UPD_LIGHT,
            UPD_PROGRESS, UPD_COMMENT, UPD_HOURS, UPD_BY, UPD_ORGANISATION));

    /** The instructions sheet, first in the workbook; the reader ignores it. */
    public static final String INSTRUCTIONS = "Anvisningar";

    public static final List<Sheet> DATA_SHEETS = List.of(AGREEMENT, PARTIES, AREAS, GOALS, ACTIVITIES, UPDATES);
    /** The sheets read when activities are added to an existing agreement. */
    public static final List<Sheet> ACTIVITY_SHEETS = List.of(ACTIVITIES, UPDATES);

    /** Rows read per sheet at most, the header included; a longer sheet is refused. */
    public static final int MAX_ROWS = 20_000;

    private SheetLayout() {
    }

    /** A cell's place as the problems name it, e.g. {@code Aktiviteter!C5}; rows and columns from 0. */
    public static String place(Sheet sheet, int row, int column) {
        return sheet.name() + "!" + Column.letter(column) + (row + 1);
    }
}
