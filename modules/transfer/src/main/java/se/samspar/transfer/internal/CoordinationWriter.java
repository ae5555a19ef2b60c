package se.samspar.transfer.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.samspar.coordination.api.ActivityLinks;
import se.samspar.coordination.api.CoordinationFunctionDraft;
import se.samspar.coordination.api.CoordinationFunctions;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.api.Linked;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.transfer.domain.AgreementFile;

/**
 * Writes a file's coordination section through the coordination module's services, after the agreement's parties
 * and activities: the function, the meetings in file order, then the decisions with the activities they name.
 */
record CoordinationWriter(CoordinationFunctions functions, MeetingEditing meetings, DecisionEditing decisions,
                          ActivityLinks links) {

    /** {@code at} is told the JSON path of each object before it is written, for a refusal's place. */
    void write(long agreementId, AgreementFile.Coordination c, Map<String, Long> partyIds,
               Map<String, Long> activityIds, Consumer<String> at) {
        String path = "agreement.coordination";
        if (c.function() != null) {
            at.accept(path + ".function");
            AgreementFile.Function f = c.function();
            functions.name(agreementId, null, new CoordinationFunctionDraft(f.name(), f.roleTitle(),
                    partyIds.get(f.party()), f.email(), f.phone()));
        }
        Map<String, Long> meetingIds = new java.util.HashMap<>();
        for (int i = 0; i < c.meetings().size(); i++) {
            at.accept(path + ".meetings[" + i + "]");
            AgreementFile.Meeting m = c.meetings().get(i);
            Set<Long> parties = new LinkedHashSet<>();
            m.parties().forEach(key -> parties.add(partyIds.get(key)));
            meetingIds.put(m.key(), meetings.create(agreementId, new MeetingDraft(m.kind(), m.title(), m.heldOn(),
                    parties, m.agenda(), m.minutes())));
        }
        List<AgreementFile.Decision> list = c.decisions();
        for (int i = 0; i < list.size(); i++) {
            String decisionPath = path + ".decisions[" + i + "]";
            at.accept(decisionPath);
            AgreementFile.Decision d = list.get(i);
            long decisionId = decisions.record(agreementId, d.meeting() == null ? null : meetingIds.get(d.meeting()),
                    new DecisionDraft(d.text(), d.body(), d.decidedOn(), d.paragraph(), d.diaryNumber(),
                            d.reservation()));
            for (int j = 0; j < d.activities().size(); j++) {
                at.accept(decisionPath + ".activities[" + j + "]");
                links.link(Linked.DECISION, decisionId, activityIds.get(d.activities().get(j)));
            }
        }
    }
}
