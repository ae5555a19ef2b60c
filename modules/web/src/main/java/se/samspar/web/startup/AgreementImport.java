package se.samspar.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityService;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;

/**
 * Imports a whole agreement from a {@code samspar-agreement/1} file (see docs/import-format.md)
 * through the modules' services, in one transaction: a file with any problem is refused whole,
 * naming the file and the JSON path of the offending field, and nothing is written.
 */
@ApplicationScoped
public class AgreementImport {
    public static final String FORMAT = "samspar-agreement/1";
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    OrganisationService organisations;
    @Inject
    AgreementService agreements;
    @Inject
    ActivityService activities;

    /** Imports the file and returns the new agreement's id. */
    @Transactional
    public long importFile(String fileName, InputStream in) {
        JsonObject root = read(fileName, in);
        Reader r = new Reader();
        try {
            return new Writer(r).write(root);
        } catch (ImportRefused e) {
            throw e;
        } catch (InvalidInput e) {
            // A service refused something the reader let through: the problem names the service's
            // field; prefix the path of the object being written.
            throw new ImportRefused(fileName, e.problems().stream().map(p -> p.under(r.path)).toList());
        } catch (Failure f) {
            throw new ImportRefused(fileName, List.of(f.problem));
        }
    }

    private static JsonObject read(String fileName, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ImportRefused(fileName, List.of(new FieldProblem("$", "samspar.import.malformed",
                    Map.of("detail", String.valueOf(e.getMessage())))));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefused(fileName, List.of(new FieldProblem("$", "samspar.import.tooLarge",
                    Map.of("max", MAX_BYTES))));
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ImportRefused(fileName, List.of(new FieldProblem("$", "samspar.import.type",
                        Map.of("expected", "object"))));
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            String where = e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new ImportRefused(fileName, List.of(new FieldProblem(where, "samspar.import.malformed",
                    Map.of("detail", String.valueOf(e.getMessage())))));
        } catch (JsonException | UnsupportedOperationException e) {
            // The parser refuses a number of more than 1100 characters with the latter.
            throw new ImportRefused(fileName, List.of(new FieldProblem("$", "samspar.import.malformed",
                    Map.of("detail", String.valueOf(e.getMessage())))));
        }
    }

    /** A problem at a JSON path, raised while reading. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient FieldProblem problem;

        Failure(String path, String key, Map<String, Object> arguments) {
            super(path + " " + key, null, false, false);
            this.problem = new FieldProblem(path, key, arguments);
        }
    }

    /** Typed access to JSON values that fails with the path of the value. */
    private static final class Reader {
        String path = "";

        static String at(String parent, String name) {
            return parent.isEmpty() ? name : parent + "." + name;
        }

        static JsonValue value(JsonObject o, String parent, String name, boolean required) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    throw new Failure(at(parent, name), "samspar.required", Map.of());
                }
                return null;
            }
            return v;
        }

        static String text(JsonObject o, String parent, String name, boolean required) {
            JsonValue v = value(o, parent, name, required);
            if (v == null) {
                return null;
            }
            if (v.getValueType() != JsonValue.ValueType.STRING) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "string"));
            }
            String s = ((JsonString) v).getString();
            if (required && s.isBlank()) {
                throw new Failure(at(parent, name), "samspar.required", Map.of());
            }
            return s;
        }

        static Integer integer(JsonObject o, String parent, String name, Integer fallback) {
            JsonValue v = value(o, parent, name, fallback == null);
            if (v == null) {
                return fallback;
            }
            if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "integer"));
            }
            try {
                return ((JsonNumber) v).intValueExact();
            } catch (ArithmeticException e) {
                throw new Failure(at(parent, name), "samspar.import.value", Map.of("detail", v.toString()));
            }
        }

        /**
         * A decimal that fits its column ({@code integer} digits before the point, {@code fraction}
         * after), checked before anything rounds or writes it out: {@code 1e-400000002} is refused
         * here in microseconds rather than rounded for minutes by the database.
         */
        static BigDecimal decimal(JsonObject o, String parent, String name, int integer, int fraction) {
            JsonValue v = value(o, parent, name, false);
            if (v == null) {
                return null;
            }
            if (v.getValueType() != JsonValue.ValueType.NUMBER) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "number"));
            }
            BigDecimal d = ((JsonNumber) v).bigDecimalValue();
            if (!Decimals.fits(d, integer, fraction)) {
                throw new Failure(at(parent, name), Decimals.DIGITS_KEY, Map.of("integer", integer, "fraction", fraction));
            }
            return d;
        }

        static boolean bool(JsonObject o, String parent, String name, boolean fallback) {
            JsonValue v = value(o, parent, name, false);
            if (v == null) {
                return fallback;
            }
            if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "boolean"));
            }
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }

        static LocalDate date(JsonObject o, String parent, String name, boolean required) {
            String s = text(o, parent, name, required);
            if (s == null) {
                return null;
            }
            try {
                LocalDate d = LocalDate.parse(s);
                if (d.getYear() < 1900 || d.getYear() > 2200) {
                    throw new Failure(at(parent, name), "samspar.date.outOfRange", Map.of());
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new Failure(at(parent, name), "samspar.import.value", Map.of("detail", s));
            }
        }

        static LocalDateTime dateTime(JsonObject o, String parent, String name) {
            String s = text(o, parent, name, true);
            try {
                LocalDateTime t = LocalDateTime.parse(s);
                if (t.getYear() < 1900 || t.getYear() > 2200) {
                    throw new Failure(at(parent, name), "samspar.date.outOfRange", Map.of());
                }
                return t;
            } catch (DateTimeParseException e) {
                throw new Failure(at(parent, name), "samspar.import.value", Map.of("detail", s));
            }
        }

        static <E extends Enum<E>> E enumeration(JsonObject o, String parent, String name, Class<E> type, E fallback) {
            String s = text(o, parent, name, fallback == null);
            if (s == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw new Failure(at(parent, name), "samspar.import.value", Map.of("detail", s));
            }
        }

        static JsonObject object(JsonObject o, String parent, String name) {
            JsonValue v = value(o, parent, name, true);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "object"));
            }
            return v.asJsonObject();
        }

        /** The array's objects; an absent optional array is empty. */
        static List<JsonObject> objects(JsonObject o, String parent, String name, boolean required) {
            JsonValue v = value(o, parent, name, required);
            if (v == null) {
                return List.of();
            }
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "array"));
            }
            JsonArray array = v.asJsonArray();
            List<JsonObject> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new Failure(at(parent, name) + "[" + i + "]", "samspar.import.type",
                            Map.of("expected", "object"));
                }
                out.add(array.getJsonObject(i));
            }
            return out;
        }

        static List<String> texts(JsonObject o, String parent, String name) {
            JsonValue v = value(o, parent, name, false);
            if (v == null) {
                return List.of();
            }
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new Failure(at(parent, name), "samspar.import.type", Map.of("expected", "array"));
            }
            List<String> out = new ArrayList<>();
            JsonArray array = v.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
                    throw new Failure(at(parent, name) + "[" + i + "]", "samspar.import.type",
                            Map.of("expected", "string"));
                }
                out.add(array.getString(i));
            }
            return out;
        }
    }

    /** Walks the file in order and writes through the services, tracking the current path. */
    private final class Writer {
        private final Reader r;
        private final Map<String, Long> organisationIds = new HashMap<>();
        private final Map<String, Long> partyIds = new HashMap<>();
        private final Map<String, Long> goalIds = new HashMap<>();
        private final Map<String, Long> goalAreas = new HashMap<>();

        Writer(Reader r) {
            this.r = r;
        }

        long write(JsonObject root) {
            String format = Reader.text(root, "", "format", true);
            if (!FORMAT.equals(format)) {
                throw new Failure("format", "samspar.import.format", Map.of("expected", FORMAT));
            }
            writeOrganisations(Reader.objects(root, "", "organisations", true));
            JsonObject agreement = Reader.object(root, "", "agreement");
            return writeAgreement(agreement, "agreement");
        }

        private void writeOrganisations(List<JsonObject> list) {
            Map<String, OrganisationView> existing = new HashMap<>();
            organisations.all().forEach(o -> existing.put(o.name().toLowerCase(), o));
            for (int i = 0; i < list.size(); i++) {
                String p = "organisations[" + i + "]";
                r.path = p;
                JsonObject o = list.get(i);
                String key = Reader.text(o, p, "key", true);
                if (organisationIds.containsKey(key)) {
                    throw new Failure(p + ".key", "samspar.unique", Map.of());
                }
                String name = Reader.text(o, p, "name", true);
                OrganisationType type = Reader.enumeration(o, p, "type", OrganisationType.class, null);
                OrganisationView known = existing.get(name.strip().toLowerCase());
                // An organisation already in Samspår is reused, not duplicated: it may be party to several agreements.
                long id = known != null ? known.id() : organisations.create(new OrganisationDraft(name,
                        Reader.text(o, p, "shortName", false), type, Reader.text(o, p, "organisationNumber", false)));
                organisationIds.put(key, id);
            }
        }

        private long writeAgreement(JsonObject a, String p) {
            r.path = p;
            AgreementStatus status = Reader.enumeration(a, p, "status", AgreementStatus.class, AgreementStatus.DRAFT);
            AgreementDraft draft = new AgreementDraft(Reader.text(a, p, "title", true),
                    Reader.date(a, p, "validFrom", true), Reader.date(a, p, "validTo", true),
                    Reader.text(a, p, "diaryNumber", false), Reader.text(a, p, "decidedBy", false),
                    Reader.date(a, p, "decidedOn", false), Reader.text(a, p, "description", false),
                    Reader.integer(a, p, "updateIntervalDays", AgreementDraft.DEFAULT_UPDATE_INTERVAL_DAYS),
                    Reader.bool(a, p, "partiesReportOwnActivities", true), null);
            long agreementId = agreements.create(draft);

            List<JsonObject> parties = Reader.objects(a, p, "parties", true);
            for (int i = 0; i < parties.size(); i++) {
                String pp = p + ".parties[" + i + "]";
                r.path = pp;
                JsonObject party = parties.get(i);
                String key = Reader.text(party, pp, "organisation", true);
                Long organisationId = organisationIds.get(key);
                if (organisationId == null) {
                    throw new Failure(pp + ".organisation", "samspar.unknown", Map.of());
                }
                if (partyIds.containsKey(key)) {
                    throw new Failure(pp + ".organisation", "samspar.unique", Map.of());
                }
                partyIds.put(key, agreements.addParty(agreementId, new PartyDraft(organisationId,
                        Reader.text(party, pp, "signatoryName", false), Reader.text(party, pp, "signatoryTitle", false),
                        Reader.date(party, pp, "signedOn", false), Reader.text(party, pp, "contactPerson", false))));
            }

            List<JsonObject> areas = Reader.objects(a, p, "priorityAreas", false);
            for (int i = 0; i < areas.size(); i++) {
                writeArea(agreementId, areas.get(i), p + ".priorityAreas[" + i + "]");
            }
            // Status last, so that a draft-only rule never meets a half-built agreement.
            if (status != AgreementStatus.DRAFT) {
                r.path = p;
                long version = agreements.structure(agreementId).orElseThrow().agreement().version();
                agreements.changeStatus(agreementId, version, AgreementStatus.ACTIVE);
                if (status == AgreementStatus.CLOSED) {
                    version = agreements.structure(agreementId).orElseThrow().agreement().version();
                    agreements.changeStatus(agreementId, version, AgreementStatus.CLOSED);
                }
            }
            return agreementId;
        }

        private void writeArea(long agreementId, JsonObject area, String p) {
            r.path = p;
            long areaId = agreements.addPriorityArea(agreementId, new PriorityAreaDraft(
                    Reader.text(area, p, "code", true), Reader.text(area, p, "name", true),
                    Reader.text(area, p, "description", false)));
            List<JsonObject> goals = Reader.objects(area, p, "goals", false);
            for (int i = 0; i < goals.size(); i++) {
                String gp = p + ".goals[" + i + "]";
                long goalId = writeGoal(areaId, goals.get(i), gp, null);
                List<JsonObject> subGoals = Reader.objects(goals.get(i), gp, "subGoals", false);
                for (int j = 0; j < subGoals.size(); j++) {
                    String sp = gp + ".subGoals[" + j + "]";
                    if (subGoals.get(j).containsKey("subGoals")) {
                        throw new Failure(sp + ".subGoals", "samspar.goal.oneLevel", Map.of());
                    }
                    writeGoal(areaId, subGoals.get(j), sp, goalId);
                }
            }
            List<JsonObject> list = Reader.objects(area, p, "activities", false);
            for (int i = 0; i < list.size(); i++) {
                writeActivity(agreementId, areaId, list.get(i), p + ".activities[" + i + "]");
            }
        }

        private long writeGoal(long areaId, JsonObject goal, String p, Long parentId) {
            r.path = p;
            String key = Reader.text(goal, p, "key", true);
            if (goalIds.containsKey(key)) {
                throw new Failure(p + ".key", "samspar.unique", Map.of());
            }
            long id = agreements.addGoal(areaId, new GoalDraft(parentId, Reader.text(goal, p, "title", true),
                    Reader.text(goal, p, "description", false)));
            goalIds.put(key, id);
            goalAreas.put(key, areaId);
            return id;
        }

        private void writeActivity(long agreementId, long areaId, JsonObject a, String p) {
            r.path = p;
            String goalKey = Reader.text(a, p, "goal", false);
            Long goalId = null;
            if (goalKey != null) {
                goalId = goalIds.get(goalKey);
                if (goalId == null) {
                    throw new Failure(p + ".goal", "samspar.unknown", Map.of());
                }
                if (goalAreas.get(goalKey) != areaId) {
                    throw new Failure(p + ".goal", "samspar.goal.otherArea", Map.of());
                }
            }
            Long lead = party(Reader.text(a, p, "leadParty", true), p + ".leadParty");
            Set<Long> participants = new LinkedHashSet<>();
            List<String> participantKeys = Reader.texts(a, p, "participatingParties");
            for (int i = 0; i < participantKeys.size(); i++) {
                participants.add(party(participantKeys.get(i), p + ".participatingParties[" + i + "]"));
            }
            if (participants.contains(lead)) {
                throw new Failure(p + ".participatingParties", "samspar.party.leadNotParticipant", Map.of());
            }
            LocalDate start = Reader.date(a, p, "startDate", false);
            LocalDate due = Reader.date(a, p, "dueDate", false);
            if (start != null && due != null && due.isBefore(start)) {
                throw new Failure(p + ".dueDate", "samspar.dueBeforeStart", Map.of());
            }
            long activityId = activities.create(agreementId, new ActivityDraft(areaId, goalId,
                    Reader.text(a, p, "reference", true), Reader.text(a, p, "title", true),
                    Reader.text(a, p, "description", false), lead, participants,
                    Reader.text(a, p, "contactPerson", false), null, start, due,
                    Reader.integer(a, p, "weight", 1)));
            List<JsonObject> updates = Reader.objects(a, p, "updates", false);
            LocalDateTime previous = null;
            for (int i = 0; i < updates.size(); i++) {
                String up = p + ".updates[" + i + "]";
                r.path = up;
                JsonObject u = updates.get(i);
                LocalDateTime at = Reader.dateTime(u, up, "reportedAt");
                if (previous != null && at.isBefore(previous)) {
                    throw new Failure(up + ".reportedAt", "samspar.import.chronology", Map.of());
                }
                previous = at;
                String orgKey = Reader.text(u, up, "organisation", false);
                Long orgId = null;
                if (orgKey != null) {
                    orgId = organisationIds.get(orgKey);
                    if (orgId == null) {
                        throw new Failure(up + ".organisation", "samspar.unknown", Map.of());
                    }
                }
                activities.importUpdate(activityId, new StatusReport(
                        Reader.enumeration(u, up, "status", ActivityStatus.class, null),
                        Reader.enumeration(u, up, "light", TrafficLight.class, null),
                        Reader.integer(u, up, "progress", null), Reader.text(u, up, "comment", false),
                        Reader.decimal(u, up, "hoursSpent", StatusReport.HOURS_INTEGER, StatusReport.HOURS_FRACTION),
                        Reader.text(u, up, "reportedBy", true), orgId), at);
            }
        }

        private Long party(String key, String path) {
            Long id = partyIds.get(key);
            if (id == null) {
                throw new Failure(path, organisationIds.containsKey(key) ? "samspar.party.notParty" : "samspar.unknown",
                        Map.of());
            }
            return id;
        }
    }
}
