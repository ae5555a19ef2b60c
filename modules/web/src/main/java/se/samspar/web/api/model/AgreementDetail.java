package se.samspar.web.api.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;

/** An agreement with its structure (parties, priority areas, goals and sub-goals) and each one's progress (rule 4). */
@Schema(name = "Agreement")
public record AgreementDetail(long id, String title, LocalDate validFrom, LocalDate validTo, AgreementStatus status,
                              String diaryNumber, String decidedBy, LocalDate decidedOn, String description,
                              int updateIntervalDays, ProgressFigure progress, List<Party> parties, List<Area> areas) {

    @Schema(name = "Party")
    public record Party(long id, long organisationId, String name, String shortName, String type,
                        ProgressFigure progress) {
    }

    @Schema(name = "PriorityArea")
    public record Area(long id, String code, String name, String description, ProgressFigure progress,
                       List<Goal> goals) {
    }

    @Schema(name = "Goal")
    public record Goal(long id, Long parentId, String title, String description, ProgressFigure progress,
                       List<Goal> subGoals) {
    }

    public static AgreementDetail of(AgreementStructure s, AgreementProgress p) {
        var a = s.agreement();
        return new AgreementDetail(a.id(), a.title(), a.validFrom(), a.validTo(), a.status(), a.diaryNumber(),
                a.decidedBy(), a.decidedOn(), a.description(), a.updateIntervalDays(), ProgressFigure.of(p.overall()),
                s.parties().stream().map(party -> party(party, p)).toList(),
                s.areas().stream().map(area -> area(area, p)).toList());
    }

    private static Party party(PartyView v, AgreementProgress p) {
        return new Party(v.id(), v.organisationId(), v.organisationName(), v.organisationShortName(),
                v.organisationType() == null ? null : v.organisationType().name(), ProgressFigure.of(p.leadParty(v.id())));
    }

    private static Area area(PriorityAreaView v, AgreementProgress p) {
        return new Area(v.id(), v.code(), v.name(), v.description(), ProgressFigure.of(p.area(v.id())),
                v.goals().stream().map(g -> goal(g, p)).toList());
    }

    private static Goal goal(GoalView g, AgreementProgress p) {
        return new Goal(g.id(), g.parentId(), g.title(), g.description(), ProgressFigure.of(p.goal(g.id())),
                g.subGoals().stream().map(sub -> goal(sub, p)).toList());
    }
}
