package se.samspar.web.situation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;
import se.samspar.situation.api.PictureView;
import se.samspar.situation.api.ProblemCategory;
import se.samspar.situation.api.ProblemDraft;
import se.samspar.situation.api.ProblemView;
import se.samspar.situation.api.SituationPictures;
import se.samspar.situation.api.SourceKind;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.form.FormMessages;

/** The problem form of a draft version: a new problem, or one chosen for editing; and removing a problem. */
@Named
@ViewScoped
public class ProblemSection implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "problem";

    @Inject
    SituationPictures pictures;
    @Inject
    SituationPage page;
    @Inject
    Language language;

    private Long problemId;
    private long problemVersion;
    private String title;
    private String description;
    private ProblemCategory category;
    private String place;
    private String timePattern;
    private String groupsAffected;
    private List<String> sources = new ArrayList<>();
    private String sourceNote;
    private String causes;
    private List<Long> indicatorIds = new ArrayList<>();

    public void edit(ProblemView p) {
        problemId = p.id();
        problemVersion = p.version();
        title = p.title();
        description = p.description();
        category = p.category();
        place = p.place();
        timePattern = p.timePattern();
        groupsAffected = p.groupsAffected();
        sources = new ArrayList<>(p.sources().stream().map(SourceKind::name).toList());
        sourceNote = p.sourceNote();
        causes = p.causes();
        indicatorIds = new ArrayList<>(p.indicatorIds());
    }

    public void cancel() {
        clear();
    }

    public void save() {
        PictureView shown = page.getShown();
        ProblemDraft draft = new ProblemDraft(title, description, category, place, timePattern, groupsAffected,
                sources.stream().map(SourceKind::valueOf).collect(java.util.stream.Collectors.toSet()), sourceNote, causes, indicatorIds);
        try {
            if (problemId == null) {
                pictures.addProblem(shown.id(), draft);
                info("situation.problemAdded");
            } else {
                pictures.updateProblem(problemId, problemVersion, draft);
                info("situation.problemSaved");
            }
            clear();
        } catch (StaleEdit | NotFound e) {
            FormMessages.stale(FORM, language.text("edit.stale"));
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, language.getLocale());
        }
        page.refresh();
    }

    public void remove(ProblemView p) {
        try {
            pictures.removeProblem(p.id(), p.version());
            if (p.id() == (problemId == null ? -1 : problemId)) {
                clear();
            }
            info("situation.problemRemoved");
        } catch (StaleEdit | NotFound e) {
            FormMessages.stale(FORM, language.text("edit.stale"));
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, language.getLocale());
        }
        page.refresh();
    }

    private void info(String key) {
        FormMessages.info(FORM, language.text(key));
    }

    private void clear() {
        problemId = null;
        problemVersion = 0;
        title = null;
        description = null;
        category = null;
        place = null;
        timePattern = null;
        groupsAffected = null;
        sources = new ArrayList<>();
        sourceNote = null;
        causes = null;
        indicatorIds = new ArrayList<>();
    }

    public ProblemCategory[] getCategories() {
        return ProblemCategory.values();
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public boolean isEditing() { return problemId != null; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ProblemCategory getCategory() { return category; }
    public void setCategory(ProblemCategory category) { this.category = category; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTimePattern() { return timePattern; }
    public void setTimePattern(String timePattern) { this.timePattern = timePattern; }
    public String getGroupsAffected() { return groupsAffected; }
    public void setGroupsAffected(String groupsAffected) { this.groupsAffected = groupsAffected; }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> sources) { this.sources = sources == null ? new ArrayList<>() : sources; }
    public String getSourceNote() { return sourceNote; }
    public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
    public String getCauses() { return causes; }
    public void setCauses(String causes) { this.causes = causes; }
    public List<Long> getIndicatorIds() { return indicatorIds; }
    public void setIndicatorIds(List<Long> ids) { this.indicatorIds = ids == null ? new ArrayList<>() : ids; }
}
