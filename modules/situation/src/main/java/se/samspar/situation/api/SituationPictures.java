package se.samspar.situation.api;

import java.time.LocalDate;

/**
 * Recording a municipality's situation picture: coordinators of an agreement the municipality is party to (or
 * administrators) draft a version, record its problems, and adopt it; an adopted version is frozen, and the next
 * one is drafted from it.
 */
public interface SituationPictures {

    /** A new draft version dated {@code asOf}: empty, or a copy of the latest version's problems and measures. */
    long draft(long municipalityId, LocalDate asOf);

    void redate(long pictureId, long expectedVersion, LocalDate asOf);

    long addProblem(long pictureId, ProblemDraft draft);

    void updateProblem(long problemId, long expectedVersion, ProblemDraft draft);

    void removeProblem(long problemId, long expectedVersion);

    void adopt(long pictureId, long expectedVersion, Adoption adoption);
}
