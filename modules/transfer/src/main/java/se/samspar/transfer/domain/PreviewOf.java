package se.samspar.transfer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.transfer.api.ImportPreview;
import se.samspar.transfer.api.ImportPreview.FileKind;
import se.samspar.transfer.domain.AgreementFile.Activity;
import se.samspar.transfer.domain.AgreementFile.Organisation;
import se.samspar.transfer.domain.AgreementFile.PriorityArea;

/**
 * What a checked file will create, for the preview: a new agreement with its organisations (new, or reused
 * because Samspår has one of that name), parties, areas and activities; or, added to an existing agreement,
 * only its activities. Parties are named as the file names them, or as the agreement does when adding.
 */
public final class PreviewOf {
    private PreviewOf() {
    }

    public static ImportPreview of(String fileName, FileKind kind, AgreementFile file, AgreementStructure target,
                                   Set<String> existingOrganisationNames) {
        Map<String, String> names = new HashMap<>();
        file.organisations().forEach(o -> names.put(o.key(), o.name()));
        if (target != null) {
            // Adding: a party as the agreement names it, however the file wrote it.
            file.organisations().forEach(o -> target.parties().stream().filter(p -> same(p.organisationName(), o.name())
                            || same(p.organisationShortName(), o.name()) || same(p.organisationName(), o.key())
                            || same(p.organisationShortName(), o.key())).findFirst()
                    .ifPresent(p -> names.put(o.key(), p.organisationName())));
        }
        List<String> created = new ArrayList<>();
        List<String> reused = new ArrayList<>();
        if (target == null) {
            for (Organisation o : file.organisations()) {
                (existingOrganisationNames.contains(o.name().strip().toLowerCase(Locale.ROOT)) ? reused : created).add(o.name());
            }
        }
        List<ImportPreview.Area> areas = new ArrayList<>();
        List<ImportPreview.Activity> activities = new ArrayList<>();
        int reports = 0;
        for (PriorityArea area : file.agreement().priorityAreas()) {
            if (target == null) {
                areas.add(new ImportPreview.Area(area.code(), area.name(), area.goals().size(),
                        area.goals().stream().mapToInt(g -> g.subGoalList().size()).sum()));
            }
            for (Activity a : area.activities()) {
                activities.add(new ImportPreview.Activity(area.code(), a.reference(), a.title(),
                        names.getOrDefault(a.leadParty(), a.leadParty()), a.startDate(), a.dueDate(), a.updates().size()));
                reports += a.updates().size();
            }
        }
        var agreement = file.agreement();
        if (target != null) {
            var t = target.agreement();
            return new ImportPreview(fileName, kind, t.id(), t.title(), t.validFrom(), t.validTo(), t.status(), List.of(),
                    List.of(), List.of(), List.of(), activities, reports);
        }
        return new ImportPreview(fileName, kind, null, agreement.title(), agreement.validFrom(), agreement.validTo(),
                agreement.status(), created, reused,
                agreement.parties().stream().map(p -> names.getOrDefault(p.organisation(), p.organisation())).toList(),
                areas, activities, reports);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
