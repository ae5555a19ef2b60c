package se.samspar.agreement.api;

import java.time.LocalDate;
import se.samspar.platform.api.Refusal;

public record AgreementView(long id, String title, LocalDate validFrom, LocalDate validTo, AgreementStatus status,
                            String diaryNumber, String decidedBy, LocalDate decidedOn, String description,
                            int updateIntervalDays, boolean partiesReportOwnActivities, Long renewsAgreementId,
                            long version) {

    /** Rule 11: a closed agreement is read-only. */
    public boolean closed() {
        return status == AgreementStatus.CLOSED;
    }

    /** Rule 11: any change to a closed agreement, or to what belongs to it, is refused. */
    public void requireOpen() {
        if (closed()) {
            throw Refusal.of("agreement", "samspar.agreement.closed");
        }
    }
}
