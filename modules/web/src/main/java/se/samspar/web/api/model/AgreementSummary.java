package se.samspar.web.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementView;

/** An agreement as the list shows it. */
@Schema(name = "AgreementSummary")
public record AgreementSummary(
        @Schema(example = "1") long id,
        @Schema(example = "Samverkansöverenskommelse Huddinge 2023–2024") String title,
        @Schema(example = "2023-01-01") LocalDate validFrom,
        @Schema(example = "2024-12-31") LocalDate validTo,
        AgreementStatus status,
        @Schema(example = "KS-2022/1234") String diaryNumber,
        @Schema(example = "90") int updateIntervalDays) {

    public static AgreementSummary of(AgreementView a) {
        return new AgreementSummary(a.id(), a.title(), a.validFrom(), a.validTo(), a.status(), a.diaryNumber(),
                a.updateIntervalDays());
    }
}
