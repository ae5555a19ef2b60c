package se.samspar.web.agreement.edit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.PublicationDraft;
import se.samspar.actionplan.api.PublicationView;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.actionplan.api.Publishing;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.RowParameters;

/**
 * Section 6 of agreement editing (issue 14): what of the agreement its public page shows. The coordinator picks a
 * priority area or an activity, writes the text for the public (required for an activity) and publishes it; a row's
 * "change text" loads it into the same form, "unpublish" takes it off the public page at once. Forms
 * {@code publicationList} and {@code publication}; the services check the rights and versions.
 */
@Named("agreementPublications")
@ViewScoped
public class PublicationsSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Publishing publishing;
    @Inject
    ActivityQueries activityQueries;
    @Inject
    AgreementEditPage page;

    private transient List<PublicationView> publications;
    private transient Map<Long, ActivityView> activities;
    private PublicationForm form = new PublicationForm();

    /** One thing that can be published, as the form's choice offers it ("AREA:3", "ACTIVITY:17"). */
    public record Choice(String value, String label) {
    }

    public List<PublicationView> getPublications() {
        if (publications == null) {
            publications = publishing.publications(page.getAgreementId());
        }
        return publications;
    }

    /** The area's or activity's name as the list shows it; an item removed since says so by its id. */
    public String label(PublicationView p) {
        if (p.kind() == PublishedKind.AREA) {
            return page.getStructure().area(p.itemId()).map(a -> a.code() + " " + a.name()).orElse("#" + p.itemId());
        }
        ActivityView a = activities().get(p.itemId());
        return a == null ? "#" + p.itemId() : a.reference() + " " + a.title();
    }

    public String kind(PublicationView p) {
        return page.text("publication.kind." + p.kind());
    }

    /** What is not published yet: the areas in order, then the activities in the action plan's order. */
    public List<Choice> getChoices() {
        Set<String> taken = getPublications().stream().map(p -> p.kind() + ":" + p.itemId()).collect(Collectors.toSet());
        List<Choice> out = new ArrayList<>();
        for (PriorityAreaView a : page.getStructure().areas()) {
            add(out, taken, "AREA:" + a.id(), page.text("publication.kind.AREA") + ": " + a.code() + " " + a.name());
        }
        for (ActivityView a : activities().values()) {
            add(out, taken, "ACTIVITY:" + a.id(), page.text("publication.kind.ACTIVITY") + ": " + a.reference() + " "
                    + a.title());
        }
        return out;
    }

    private static void add(List<Choice> out, Set<String> taken, String value, String label) {
        if (!taken.contains(value)) {
            out.add(new Choice(value, label));
        }
    }

    private Map<Long, ActivityView> activities() {
        if (activities == null) {
            activities = activityQueries.activitiesOf(page.getAgreementId()).stream()
                    .collect(Collectors.toMap(ActivityView::id, Function.identity(), (x, y) -> x,
                            java.util.LinkedHashMap::new));
        }
        return activities;
    }

    /** A row's "change text": the publication (by the id and version the row showed) into the form. */
    public void edit() {
        Long id = RowParameters.number("publicationId");
        reload();
        form = getPublications().stream().filter(p -> id != null && p.id() == id).findFirst().map(PublicationForm::of)
                .orElseGet(PublicationForm::new);
    }

    public void newPublication() {
        form = new PublicationForm();
    }

    public void save() {
        try {
            if (form.publicationId == null) {
                publishing.publish(page.getAgreementId(), draft());
                page.info("publication", "publication.published");
            } else {
                publishing.change(form.publicationId, form.version, form.publicText);
                page.info("publication", "edit.saved");
            }
            reload();
            form = new PublicationForm();
        } catch (StaleEdit e) {
            reload();
            getPublications().stream().filter(p -> p.id() == form.publicationId).findFirst()
                    .ifPresentOrElse(p -> form = PublicationForm.of(p), () -> form = new PublicationForm());
            page.stale("publication");
        } catch (InvalidInput e) {
            page.refuse(e, "publication");
        }
    }

    /** The form's choice as a draft; nothing chosen is "required" at the choice. */
    private PublicationDraft draft() {
        String item = form.item == null ? "" : form.item;
        int colon = item.indexOf(':');
        if (colon < 0) {
            throw InvalidInput.of("itemId", "samspar.required");
        }
        try {
            return new PublicationDraft(PublishedKind.valueOf(item.substring(0, colon)),
                    Long.valueOf(item.substring(colon + 1)), form.publicText);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("itemId", "samspar.unknown");
        }
    }

    public void unpublish() {
        page.remove("publication", "publicationList", publishing::unpublish, "publication.unpublished");
        reload();
        form = new PublicationForm();
    }

    private void reload() {
        publications = null;
        activities = null;
    }

    public PublicationForm getForm() {
        return form;
    }

    /** The form's inputs: the item chosen (for a new publication) and the public text. */
    public static class PublicationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long publicationId;
        long version;
        String item;
        String publicText;

        static PublicationForm of(PublicationView p) {
            PublicationForm f = new PublicationForm();
            f.publicationId = p.id();
            f.version = p.version();
            f.item = p.kind() + ":" + p.itemId();
            f.publicText = p.publicText();
            return f;
        }

        public boolean isEditing() { return publicationId != null; }
        public Long getPublicationId() { return publicationId; }
        public String getItem() { return item; }
        public void setItem(String v) { item = v; }
        public String getPublicText() { return publicText; }
        public void setPublicText(String v) { publicText = v; }
    }
}
