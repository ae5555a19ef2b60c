package se.samspar.transfer.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samspar.agreement.api.AgreementStatus;

/**
 * What an import will create, found by writing it in a transaction that is then rolled back: the agreement
 * (or the agreement the activities go to), the organisations it creates and those it reuses, the parties,
 * the priority areas with their goals, the activities, and the number of status reports.
 */
public record ImportPreview(String fileName, FileKind kind, Long intoAgreementId, String agreementTitle,
                            LocalDate validFrom, LocalDate validTo, AgreementStatus status,
                            List<String> newOrganisations, List<String> reusedOrganisations, List<String> parties,
                            List<Area> areas, List<Activity> activities, int statusReports)
        implements Serializable {

    public enum FileKind { JSON, XLSX }

    public record Area(String code, String name, int goals, int subGoals) implements Serializable {
    }

    public record Activity(String area, String reference, String title, String leadParty, LocalDate startDate,
                           LocalDate dueDate, int statusReports) implements Serializable {
    }
}
