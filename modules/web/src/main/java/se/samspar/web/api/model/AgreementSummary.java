package se.samspar.web.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementView;

/** An agreement as the list shows it. */
@Schema(name = "AgreementSummary")
public record AgreementSummary(
        long id,
        String title,
        LocalDate validFrom,
        LocalDate validTo,
        AgreementStatus status,
        String diaryNumber,
        int updateIntervalDays) {

    public static AgreementSummary of(AgreementView a) {
        return new AgreementSummary(a.id(), a.title(), a.validFrom(), a.validTo(), a.status(), a.diaryNumber(),
                a.updateIntervalDays());
    }
}
