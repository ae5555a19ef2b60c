package se.samspar.transfer.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.platform.api.FreeText;

/**
 * A {@code samspar-agreement/1} file as JSON-B reads it: each record is an object of the format, each
 * component one of its fields under the same name, so a Bean Validation property path is the field's
 * JSON path. The constraints are the limits of docs/import-format.md (the services check their
 * drafts again when the file is written); an optional field left out takes its default here.
 */
public record AgreementFile(
        @NotBlank(message = AgreementFile.REQUIRED) String format,
        @NotNull(message = AgreementFile.REQUIRED) List<@Valid Organisation> organisations,
        @NotNull(message = AgreementFile.REQUIRED) @Valid Agreement agreement) {

    /** The message key of a required field that is missing, null or blank. */
    public static final String REQUIRED = "{samspar.required}";

    public record Organisation(
            @NotBlank(message = REQUIRED) String key,
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String name,
            @Size(max = 50) @FreeText String shortName,
            @NotNull(message = REQUIRED) OrganisationType type,
            @Pattern(regexp = "\\d{6}-\\d{4}", message = "{samspar.organisationNumber.format}")
            String organisationNumber) {
    }

    public record Agreement(
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String title,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate validFrom,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate validTo,
            AgreementStatus status,
            @Size(max = 50) @FreeText String diaryNumber,
            @Size(max = 200) @FreeText String decidedBy,
            @PlausibleDate LocalDate decidedOn,
            @Size(max = 4000) @FreeText String description,
            @Min(1) @Max(365) Integer updateIntervalDays,
            Boolean partiesReportOwnActivities,
            @NotNull(message = REQUIRED) List<@Valid Party> parties,
            List<@Valid PriorityArea> priorityAreas,
            @Valid Coordination coordination) {

        /** An agreement without its coordination (the workbook has none). */
        public Agreement(String title, LocalDate validFrom, LocalDate validTo, AgreementStatus status,
                         String diaryNumber, String decidedBy, LocalDate decidedOn, String description,
                         Integer updateIntervalDays, Boolean partiesReportOwnActivities, List<Party> parties,
                         List<PriorityArea> priorityAreas) {
            this(title, validFrom, validTo, status, diaryNumber, decidedBy, decidedOn, description, updateIntervalDays,
                    partiesReportOwnActivities, parties, priorityAreas, null);
        }

        @jakarta.json.bind.annotation.JsonbCreator
        public Agreement {
            status = status == null ? AgreementStatus.DRAFT : status;
            updateIntervalDays = updateIntervalDays == null ? AgreementDraft.DEFAULT_UPDATE_INTERVAL_DAYS
                    : updateIntervalDays;
            partiesReportOwnActivities = partiesReportOwnActivities == null || partiesReportOwnActivities;
            priorityAreas = priorityAreas == null ? List.of() : priorityAreas;
        }
    }

    public record Party(
            @NotBlank(message = REQUIRED) String organisation,
            @Size(max = 200) @FreeText String signatoryName,
            @Size(max = 200) @FreeText String signatoryTitle,
            @PlausibleDate LocalDate signedOn,
            @Size(max = 200) @FreeText String contactPerson) {
    }

    public record PriorityArea(
            @NotBlank(message = REQUIRED) @Pattern(regexp = "[A-ZÅÄÖ0-9]{2,10}", message = "{samspar.code.format}")
            String code,
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String name,
            @Size(max = 4000) @FreeText String description,
            List<@Valid Goal> goals,
            List<@Valid Activity> activities) {

        public PriorityArea {
            goals = goals == null ? List.of() : goals;
            activities = activities == null ? List.of() : activities;
        }
    }

    /**
     * A goal, or a sub-goal of one. {@code subGoals} stays null when the file leaves it out, so
     * that a sub-goal with sub-goals of its own can be refused (one level only).
     */
    public record Goal(
            @NotBlank(message = REQUIRED) String key,
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String title,
            @Size(max = 4000) @FreeText String description,
            List<@Valid Goal> subGoals) {

        /** The sub-goals, none when left out. */
        public List<Goal> subGoalList() {
            return subGoals == null ? List.of() : subGoals;
        }
    }

    public record Activity(
            @NotBlank(message = REQUIRED) @Size(max = 20) @Pattern(regexp = "[\\p{L}0-9._-]+") String reference,
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String title,
            @Size(max = 4000) @FreeText String description,
            String goal,
            @NotBlank(message = REQUIRED) String leadParty,
            List<String> participatingParties,
            @Size(max = 200) @FreeText String contactPerson,
            @PlausibleDate LocalDate startDate,
            @PlausibleDate LocalDate dueDate,
            @Min(1) @Max(100) Integer weight,
            List<@Valid StatusUpdate> updates) {

        public Activity {
            participatingParties = participatingParties == null ? List.of() : participatingParties;
            weight = weight == null ? 1 : weight;
            updates = updates == null ? List.of() : updates;
        }
    }

    /** A status update of the history; {@code hoursSpent} fits {@code DECIMAL(9, 2)}, checked before anything rounds it. */
    public record StatusUpdate(
            @NotNull(message = REQUIRED) @PlausibleDate LocalDateTime reportedAt,
            @NotNull(message = REQUIRED) ActivityStatus status,
            @NotNull(message = REQUIRED) TrafficLight light,
            @NotNull(message = REQUIRED) @Min(0) @Max(100) Integer progress,
            @Size(max = 4000) @FreeText String comment,
            @FitsColumn(integer = StatusReport.HOURS_INTEGER, fraction = StatusReport.HOURS_FRACTION)
            @DecimalMin("0") @DecimalMax("10000") BigDecimal hoursSpent,
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String reportedBy,
            String organisation) {
    }

    /**
     * The agreement's coordination (issue 13): its coordination function, meetings and decisions — taken at one of
     * the file's meetings or elsewhere — with the activities each decision created or changed, by reference.
     */
    public record Coordination(
            @Valid Function function,
            List<@Valid Meeting> meetings,
            List<@Valid Decision> decisions) {

        public Coordination {
            meetings = meetings == null ? List.of() : meetings;
            decisions = decisions == null ? List.of() : decisions;
        }
    }

    /** Who the coordination function is, and the party (its organisation's key) they are part of. */
    public record Function(
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String name,
            @Size(max = 200) @FreeText String roleTitle,
            @NotBlank(message = REQUIRED) String party,
            @Size(max = 200) @jakarta.validation.constraints.Email String email,
            @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*") String phone) {
    }

    /** A meeting, keyed so that decisions can name it; its parties by their organisations' keys. */
    public record Meeting(
            @NotBlank(message = REQUIRED) String key,
            @NotNull(message = REQUIRED) se.samspar.coordination.api.MeetingKind kind,
            @NotBlank(message = REQUIRED) @Size(max = 200) @FreeText String title,
            @NotNull(message = REQUIRED) @PlausibleDate LocalDate heldOn,
            List<String> parties,
            @Size(max = 4000) @FreeText String agenda,
            @Size(max = 20000) @FreeText String minutes) {

        public Meeting {
            parties = parties == null ? List.of() : parties;
        }
    }

    /** A decision: at a meeting of the file (its key), or elsewhere (no meeting: body and date say where). */
    public record Decision(
            String meeting,
            @NotBlank(message = REQUIRED) @Size(max = 4000) @FreeText String text,
            @Size(max = 200) @FreeText String body,
            @PlausibleDate LocalDate decidedOn,
            @Size(max = 20) @FreeText String paragraph,
            @Size(max = 60) @FreeText String diaryNumber,
            @Size(max = 2000) @FreeText String reservation,
            List<String> activities) {

        public Decision {
            activities = activities == null ? List.of() : activities;
        }
    }
}
