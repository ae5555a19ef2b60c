package se.samspar.agreement.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samspar.platform.api.FreeText;

/** What a coordinator enters for an agreement; its status changes separately. */
public record AgreementDraft(
        @NotBlank @Size(max = 200) @FreeText String title,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @Size(max = 50) @FreeText String diaryNumber,
        @Size(max = 200) @FreeText String decidedBy,
        LocalDate decidedOn,
        @Size(max = 4000) @FreeText String description,
        @Min(1) @Max(365) int updateIntervalDays,
        boolean partiesReportOwnActivities,
        Long renewsAgreementId) {

    public static final int DEFAULT_UPDATE_INTERVAL_DAYS = 60;
}
