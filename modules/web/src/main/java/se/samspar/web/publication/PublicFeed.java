package se.samspar.web.publication;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;

/** The JSON feed of an agreement's public progress: what its public page shows, a page of items at a time. */
@Schema(name = "PublicProgress", description = "What the coordinators of an agreement have published, and nothing else")
public record PublicFeed(
        @Schema(description = "The agreement's id: the stable key of its public page and feeds", example = "1") long id,
        @Schema(example = "Huddinge 2023–2024") String title,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "The latest change of anything published (RFC 3339)", example = "2024-03-14T10:15:00+01:00")
        String updated,
        @Schema(description = "The public page, in the language asked for") String page,
        @Schema(description = "How many items are published") int published,
        @Schema(description = "The first item of this page (0-based)") int first,
        List<Item> items) {

    /** One published priority area or activity. */
    @Schema(name = "PublicProgressItem")
    public record Item(
            @Schema(enumeration = {"AREA", "ACTIVITY"}) String kind,
            long id,
            @Schema(description = "The area's code or the activity's reference", example = "VINR-1") String code,
            String title,
            @Schema(description = "The text written for the public", nullable = true) String publicText,
            @Schema(description = "An activity's status; null for an area", nullable = true,
                    enumeration = {"PLANNED", "IN_PROGRESS", "COMPLETED", "POSTPONED", "CANCELLED"}) String status,
            @Schema(description = "The status in words, in the language asked for", example = "Pågår") String statusText,
            @Schema(description = "Progress in percent (an area: weighted over its activities, cancelled left out);"
                    + " null when nothing counts", nullable = true, example = "40") Double progress,
            @Schema(description = "The latest status report (RFC 3339), null when none", nullable = true) String lastUpdate) {
    }

    static PublicFeed of(PublicAgreement a, List<PublicItem> items, int first, String page, PublicWords words) {
        return new PublicFeed(a.id(), a.title(), a.validFrom(), a.validTo(), Conditional.rfc3339(a.lastModified()), page,
                a.items(), first, items.stream().map(i -> new Item(i.kind().name(), i.id(), i.code(), i.title(),
                        i.publicText(), i.status() == null ? null : i.status().name(), words.status(i), i.progress(),
                        i.lastUpdate() == null ? null : Conditional.rfc3339(i.lastUpdate()))).toList());
    }
}
