package se.samspar.web.situation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.followup.api.IndicatorView;
import se.samspar.followup.api.Indicators;
import se.samspar.platform.api.AccessDenied;
import se.samspar.situation.api.Adoption;
import se.samspar.situation.api.PictureView;
import se.samspar.situation.api.SituationPictures;
import se.samspar.situation.api.SituationQueries;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;
import se.samspar.web.faces.form.FormMessages;

/**
 * A municipality's situation picture (/situation?municipality=…[&version=…]): its versions, one of them shown with
 * its problems (the newest unless another is asked for); coordinators draft the next version and adopt a draft.
 * Without a municipality, the one the user's agreements name, or a choice among several.
 */
@Named
@ViewScoped
public class SituationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SituationQueries queries;
    @Inject
    SituationPictures pictures;
    @Inject
    ActivityQueries activityQueries;
    @Inject
    Indicators indicators;
    @Inject
    Language language;

    private String municipality;
    private String version;
    private Long municipalityId;
    private String municipalityName;
    private Long shownId;
    private boolean mayEdit;
    private transient List<PictureView> versions;
    private transient List<SituationQueries.Municipality> choices;
    private transient Map<Long, ActivityView> activities;
    private transient Map<Long, IndicatorView> indicatorsById;

    // The next version's date, and the adoption's decision.
    private LocalDate asOf;
    private String body;
    private LocalDate decisionDate;
    private String paragraph;
    private String diaryNumber;

    public void load() {
        // A language switch carries the parameters over, an absent one perhaps as empty.
        municipality = municipality == null || municipality.isBlank() ? null : municipality;
        version = version == null || version.isBlank() ? null : version;
        try {
            SituationQueries.Municipality chosen = MunicipalityChoice.of(municipality, getChoices());
            if (chosen == null) {
                return;
            }
            long id = chosen.id();
            municipalityName = chosen.name();
            municipalityId = id;
            mayEdit = queries.mayEdit(id);
            Long wanted = ViewParameters.id(version);
            shownId = getVersions().stream().filter(v -> wanted == null || v.id() == wanted).map(PictureView::id)
                    .findFirst().orElse(null);
            if (version != null && (wanted == null || shownId == null)) {
                ViewParameters.refuse(404);
            }
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
        }
    }

    public void draft() {
        if (FormMessages.save("newVersion", language, () -> shownId = pictures.draft(municipalityId, asOf),
                this::refresh, "situation.drafted")) {
            asOf = null;
        }
    }

    public void adopt() {
        PictureView shown = getShown();
        if (FormMessages.save("adopt", language, () -> pictures.adopt(shown.id(), shown.version(),
                new Adoption(body, decisionDate, paragraph, diaryNumber)), this::refresh, "situation.adopted")) {
            body = null;
            decisionDate = null;
            paragraph = null;
            diaryNumber = null;
        }
    }

    /** After a change: read the versions, and the activities their problems name, again. */
    void refresh() {
        versions = null;
        activities = null;
    }

    // ---- read models

    public List<PictureView> getVersions() {
        if (versions == null) {
            versions = municipalityId == null ? List.of() : queries.versions(municipalityId);
        }
        return versions;
    }

    public PictureView getShown() {
        return getVersions().stream().filter(v -> shownId == null || v.id() == shownId).findFirst().orElse(null);
    }

    /** Is the shown version the newest, whose problems measures are linked to? */
    public boolean isShowingCurrent() {
        PictureView shown = getShown();
        return shown != null && shown.id() == getVersions().get(0).id();
    }

    /** A coordinator drafts the next version when there is none, or the newest is adopted. */
    public boolean isMayDraft() {
        return mayEdit && (getVersions().isEmpty() || getVersions().get(0).adopted());
    }

    public boolean isMayChangeShown() {
        PictureView shown = getShown();
        return mayEdit && shown != null && !shown.adopted();
    }

    /**
     * The activities the shown version's problems name, by id: only those, read by id in each of the municipality's
     * agreements that the user sees (a handful), not every activity of theirs (a large city's agreement has 1,000).
     */
    private Map<Long, ActivityView> linkedActivities() {
        if (activities == null) {
            activities = new HashMap<>();
            PictureView shown = getShown();
            Set<Long> linked = shown == null ? Set.of() : shown.problems().stream()
                    .flatMap(p -> p.activityIds().stream()).collect(Collectors.toSet());
            if (municipalityId != null && !linked.isEmpty()) {
                queries.agreementsOf(municipalityId).forEach(a -> activityQueries.withIds(a, linked)
                        .forEach(v -> activities.put(v.id(), v)));
            }
        }
        return activities;
    }

    public String activityLabel(long activityId) {
        ActivityView a = linkedActivities().get(activityId);
        return a == null ? "#" + activityId : a.reference() + " " + a.title();
    }

    /** The indicators of the municipality's agreements, for naming and choosing those that measure a problem. */
    public Map<Long, IndicatorView> getIndicators() {
        if (indicatorsById == null) {
            indicatorsById = new HashMap<>();
            if (municipalityId != null) {
                queries.agreementsOf(municipalityId).forEach(a -> indicators.ofAgreement(a)
                        .forEach(i -> indicatorsById.put(i.id(), i)));
            }
        }
        return indicatorsById;
    }

    public List<IndicatorView> getIndicatorList() {
        return getIndicators().values().stream().sorted(java.util.Comparator.comparing(IndicatorView::name)).toList();
    }

    public String indicatorLabel(long indicatorId) {
        IndicatorView i = getIndicators().get(indicatorId);
        return i == null ? "#" + indicatorId : i.name();
    }

    public List<SituationQueries.Municipality> getChoices() {
        if (choices == null) {
            choices = queries.municipalities();
        }
        return choices;
    }

    // ---- state

    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public Long getMunicipalityId() { return municipalityId; }
    public String getMunicipalityName() { return municipalityName; }
    public boolean isMayEdit() { return mayEdit; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getParagraph() { return paragraph; }
    public void setParagraph(String paragraph) { this.paragraph = paragraph; }
    public String getDiaryNumber() { return diaryNumber; }
    public void setDiaryNumber(String diaryNumber) { this.diaryNumber = diaryNumber; }
}
