package se.samspar.situation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.Text;
import se.samspar.situation.api.Adoption;
import se.samspar.situation.api.PictureStatus;
import se.samspar.situation.api.ProblemDraft;

/**
 * One numbered, dated version of a municipality's situation picture. Drafted, then adopted with the decision's
 * reference; once adopted it and its problems are frozen (every change refused here), like an adopted follow-up.
 */
@Entity
@Table(name = "SIT_PICTURE")
public class SituationPicture {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long municipalityId;
    @Column(updatable = false)
    private int number;
    private LocalDate asOf;
    @Enumerated(EnumType.STRING)
    private PictureStatus status;
    @Column(updatable = false)
    private Long basedOnId;
    private String decisionBody;
    private LocalDate decisionDate;
    private String decisionParagraph;
    private String decisionDiaryNumber;
    private String adoptedBy;
    private LocalDateTime adoptedAt;
    @Version
    private long version;

    protected SituationPicture() {
    }

    public SituationPicture(long municipalityId, int number, LocalDate asOf, Long basedOnId) {
        this.municipalityId = municipalityId;
        this.number = number;
        this.asOf = Objects.requireNonNull(asOf);
        this.basedOnId = basedOnId;
        this.status = PictureStatus.DRAFT;
    }

    /** Frozen once adopted: the picture the decision was taken on stays as it was. */
    public void requireDraft() {
        if (status == PictureStatus.ADOPTED) {
            throw Refusal.of("picture", "samspar.situation.adopted");
        }
    }

    public void redate(LocalDate asOf) {
        requireDraft();
        this.asOf = Objects.requireNonNull(asOf);
    }

    /** A new problem of this draft; the caller persists it. */
    public Problem record(ProblemDraft draft) {
        requireDraft();
        Problem p = new Problem(id == null ? 0 : id);
        p.describe(draft);
        return p;
    }

    /** A change to one of this draft's problems. */
    public void revise(Problem problem, ProblemDraft draft) {
        requireOwn(problem);
        requireDraft();
        problem.describe(draft);
    }

    /** Removing one of this draft's problems is allowed until adoption. */
    public void requireRemovable(Problem problem) {
        requireOwn(problem);
        requireDraft();
    }

    private void requireOwn(Problem problem) {
        if (id == null || problem.pictureId() != id) {
            throw new IllegalArgumentException("problem " + problem.id() + " is not of picture " + id);
        }
    }

    public void adopt(Adoption decision, String by, LocalDateTime at) {
        requireDraft();
        this.decisionBody = decision.body().strip();
        this.decisionDate = Objects.requireNonNull(decision.date());
        this.decisionParagraph = Text.optional(decision.paragraph());
        this.decisionDiaryNumber = decision.diaryNumber().strip();
        this.adoptedBy = by;
        this.adoptedAt = at;
        this.status = PictureStatus.ADOPTED;
    }

    public Adoption adoption() {
        return decisionBody == null ? null
                : new Adoption(decisionBody, decisionDate, decisionParagraph, decisionDiaryNumber);
    }

    public Long id() { return id; }
    public long municipalityId() { return municipalityId; }
    public int number() { return number; }
    public LocalDate asOf() { return asOf; }
    public PictureStatus status() { return status; }
    public Long basedOnId() { return basedOnId; }
    public String adoptedBy() { return adoptedBy; }
    public LocalDateTime adoptedAt() { return adoptedAt; }
    public long version() { return version; }

    /** For unit tests of the rules: a stored picture has its id. */
    void assignId(long id) {
        this.id = id;
    }
}
