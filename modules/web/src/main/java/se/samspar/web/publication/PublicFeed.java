package se.samspar.web.publication;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;

/**
 * The JSON feed of an agreement's public progress: what its public page shows, a page of items at a time. The OpenAPI
 * descriptions sit at the classes: Payara's scanner fails on {@code @Schema} at record components.
 */
@Schema(name = "PublicProgress", description = "What the coordinators of an agreement have published, and nothing else:"
        + " id (the agreement's id, the stable key of its public page and feeds), title, validFrom, validTo, updated (the"
        + " latest change of anything published, RFC 3339), page (the public page in the language asked for), published"
        + " (how many items are published), first (this page's first item, 0-based) and the items.")
public record PublicFeed(long id, String title, LocalDate validFrom, LocalDate validTo, String updated, String page,
                         int published, int first, List<Item> items) {

    /** One published priority area or activity. */
    @Schema(name = "PublicProgressItem", description = "A published priority area or activity: kind (AREA or ACTIVITY),"
            + " id, code (the area's code or the activity's reference), title, publicText (the text written for the"
            + " public, may be null for an area), status (an activity's PLANNED, IN_PROGRESS, COMPLETED, POSTPONED or"
            + " CANCELLED; null for an area), statusText (the status in words in the language asked for; for an area how"
            + " many of its activities are completed), progress (percent; an area's is weighted over its activities,"
            + " cancelled left out; null when nothing counts) and lastUpdate (the latest status report, RFC 3339, or"
            + " null). Never comments, persons or hours.")
    public record Item(String kind, long id, String code, String title, String publicText, String status,
                       String statusText, Double progress, String lastUpdate) {
    }

    static PublicFeed of(PublicAgreement a, List<PublicItem> items, int first, String page, PublicWords words) {
        return new PublicFeed(a.id(), a.title(), a.validFrom(), a.validTo(), Conditional.rfc3339(a.lastModified()), page,
                a.items(), first, items.stream().map(i -> new Item(i.kind().name(), i.id(), i.code(), i.title(),
                        i.publicText(), i.status() == null ? null : i.status().name(), words.status(i), i.progress(),
                        i.lastUpdate() == null ? null : Conditional.rfc3339(i.lastUpdate()))).toList());
    }
}
