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
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.PublicationDraft;
import se.samspar.actionplan.api.PublicationView;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.actionplan.api.Publishing;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.form.ActivityChoices;

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
    ActivityTable activityTable;
    @Inject
    AgreementEditPage page;

    private transient List<PublicationView> publications;
    /** The published activities by id, for their labels. */
    private transient Map<Long, ActivityView> activities;
    private PublicationForm form = new PublicationForm();
    private ActivityChoices activityChoices = new ActivityChoices("publication");

    /** One thing that can be published, as the form's choice offers it ("AREA:3", "ACTIVITY:17"). */
    public record Choice(String value, String label) {
    }

    /** What the choice offers, whether the search finds more activities than it shows, or found none. */
    public record Offer(List<Choice> choices, boolean more, boolean noneFound) {
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

    /**
     * What is not published yet: the areas in order, then the activities the search finds ({@link ActivityChoices}:
     * never all of an agreement's thousand).
     */
    public Offer getOffer() {
        Set<String> taken = getPublications().stream().map(p -> p.kind() + ":" + p.itemId()).collect(Collectors.toSet());
        List<Choice> out = new ArrayList<>();
        for (PriorityAreaView a : page.getStructure().areas()) {
            if (!taken.contains("AREA:" + a.id())) {
                out.add(new Choice("AREA:" + a.id(), page.text("publication.kind.AREA") + ": " + a.code() + " "
                        + a.name()));
            }
        }
        ActivityChoices.Offer found = activityChoices.offer(activityTable, activityQueries, page.getAgreementId(),
                chosenActivity(), activities().keySet());
        found.activities().forEach(a -> out.add(new Choice("ACTIVITY:" + a.id(), page.text("publication.kind.ACTIVITY")
                + ": " + a.reference() + " " + a.title())));
        return new Offer(out, found.more(), found.noneFound());
    }

    /** The activity the form's choice holds (null: none, or an area). */
    private Long chosenActivity() {
        String item = form.item == null ? "" : form.item;
        try {
            return item.startsWith("ACTIVITY:") ? Long.valueOf(item.substring("ACTIVITY:".length())) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The published activities, read by their ids: two queries, however many the agreement has. */
    private Map<Long, ActivityView> activities() {
        if (activities == null) {
            List<Long> ids = getPublications().stream().filter(p -> p.kind() == PublishedKind.ACTIVITY)
                    .map(PublicationView::itemId).toList();
            activities = activityQueries.withIds(page.getAgreementId(), ids).stream()
                    .collect(Collectors.toMap(ActivityView::id, Function.identity()));
        }
        return activities;
    }

    public ActivityChoices getActivityChoices() {
        return activityChoices;
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
