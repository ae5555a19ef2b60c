package se.samspar.agreement.api;

import java.time.LocalDate;

public record AgreementView(long id, String title, LocalDate validFrom, LocalDate validTo, AgreementStatus status,
                            String diaryNumber, String decidedBy, LocalDate decidedOn, String description,
                            int updateIntervalDays, boolean partiesReportOwnActivities, Long renewsAgreementId,
                            long version) {
}
