package se.samspar.situation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import se.samspar.platform.api.FreeText;

/**
 * A problem of a situation picture: what, of which category, where, when it tends to happen, whom it affects,
 * what the knowledge rests on (source kinds and a note), the analysis of its causes, and the indicators (of the
 * municipality's agreements) that measure it. Every text is free text (rule 9).
 */
public record ProblemDraft(@NotBlank @Size(max = 200) @FreeText String title,
                           @Size(max = 4000) @FreeText String description,
                           @NotNull ProblemCategory category,
                           @Size(max = 200) @FreeText String place,
                           @Size(max = 200) @FreeText String timePattern,
                           @Size(max = 400) @FreeText String groupsAffected,
                           Set<SourceKind> sources,
                           @Size(max = 1000) @FreeText String sourceNote,
                           @Size(max = 4000) @FreeText String causes,
                           List<Long> indicatorIds) {
    public ProblemDraft {
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    }
}
