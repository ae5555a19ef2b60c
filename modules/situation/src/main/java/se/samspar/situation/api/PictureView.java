package se.samspar.situation.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One version of a municipality's situation picture, with its problems (in the order they were recorded). */
public record PictureView(long id, long municipalityId, int number, LocalDate asOf, PictureStatus status,
                          Long basedOnId, Adoption adoption, String adoptedBy, LocalDateTime adoptedAt,
                          List<ProblemView> problems, long version) {
    public PictureView {
        problems = List.copyOf(problems);
    }

    public boolean adopted() {
        return status == PictureStatus.ADOPTED;
    }
}
