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
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.PublicationDraft;
import se.samspar.actionplan.api.PublicationView;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.actionplan.api.Publishing;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.SearchText;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.table.PerRequest;

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

    /** How many activities found the choice offers at most. */
    static final int SHOWN = 50;

    @Inject
    ActivityTable activityTable;

    private transient List<PublicationView> publications;
    /** The published activities, and the one chosen in the form, by id: for their labels. */
    private transient Map<Long, ActivityView> activities;
    private PublicationForm form = new PublicationForm();
    /** What the search for activities to publish holds (s:choiceSearch). */
    private String search;

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
     * What is not published yet: the areas in order, then the first {@value #SHOWN} activities by reference that the
     * search finds (an agreement may have a thousand: never all of them), and the activity chosen, wherever it is.
     */
    public Offer getOffer() {
        return PerRequest.get(PublicationsSection.class.getName() + ".offer:" + search + ":" + form.item,
                this::readOffer);
    }

    private Offer readOffer() {
        Set<String> taken = getPublications().stream().map(p -> p.kind() + ":" + p.itemId()).collect(Collectors.toSet());
        List<Choice> out = new ArrayList<>();
        for (PriorityAreaView a : page.getStructure().areas()) {
            add(out, taken, "AREA:" + a.id(), page.text("publication.kind.AREA") + ": " + a.code() + " " + a.name());
        }
        ActivityView chosen = chosenActivity();
        if (chosen != null) {
            add(out, taken, activityChoice(chosen).value(), activityChoice(chosen).label());
        }
        List<ActivityView> found = activityTable.page(new ActivityFilter(page.getAgreementId(), null, null, null, null,
                null, null, false, false, search), 0, SHOWN + taken.size() + 1, null, true).stream()
                .filter(a -> !taken.contains("ACTIVITY:" + a.id()) && (chosen == null || a.id() != chosen.id())).toList();
        found.stream().limit(SHOWN).map(this::activityChoice).forEach(out::add);
        return new Offer(out, found.size() > SHOWN, SearchText.given(search) && found.isEmpty());
    }

    private Choice activityChoice(ActivityView a) {
        return new Choice("ACTIVITY:" + a.id(), page.text("publication.kind.ACTIVITY") + ": " + a.reference() + " "
                + a.title());
    }

    private static void add(List<Choice> out, Set<String> taken, String value, String label) {
        if (!taken.contains(value)) {
            out.add(new Choice(value, label));
        }
    }

    /** The activity the form's choice holds, if it is one of this agreement's. */
    private ActivityView chosenActivity() {
        String item = form.item == null ? "" : form.item;
        if (!item.startsWith("ACTIVITY:")) {
            return null;
        }
        try {
            long id = Long.parseLong(item.substring("ACTIVITY:".length()));
            return activityQueries.withIds(page.getAgreementId(), List.of(id)).stream().findFirst().orElse(null);
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

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** {@value #SHOWN}, for the hint that says how many are offered. */
    public int getShown() {
        return SHOWN;
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
