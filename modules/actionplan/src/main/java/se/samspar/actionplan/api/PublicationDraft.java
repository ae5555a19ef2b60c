package se.samspar.actionplan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samspar.platform.api.FreeText;
import se.samspar.platform.api.Text;

/**
 * What a coordinator publishes: an area or an activity of the agreement (its id) and the text written for the public,
 * required for an activity, optional for an area. Free text, so no personal identity number gets out (rule 9).
 */
public record PublicationDraft(
        @NotNull PublishedKind kind,
        @NotNull Long itemId,
        @Size(max = 2000) @FreeText String publicText) {

    public PublicationDraft {
        publicText = Text.optional(publicText);
    }
}
