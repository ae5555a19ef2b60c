package se.samspar.situation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import se.samspar.platform.api.Text;
import se.samspar.situation.api.ProblemCategory;
import se.samspar.situation.api.ProblemDraft;
import se.samspar.situation.api.SourceKind;

/**
 * A problem of a situation picture. Changed only through its {@link SituationPicture}, which refuses once adopted.
 */
@Entity
@Table(name = "SIT_PROBLEM")
public class Problem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long pictureId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProblemCategory category;
    private String place;
    private String timePattern;
    private String groupsAffected;
    @ElementCollection
    @CollectionTable(name = "SIT_PROBLEM_SOURCE", joinColumns = @JoinColumn(name = "PROBLEM_ID"))
    @Column(name = "SOURCE")
    @Enumerated(EnumType.STRING)
    private Set<SourceKind> sources = new HashSet<>();
    private String sourceNote;
    private String causes;
    @ElementCollection
    @CollectionTable(name = "SIT_PROBLEM_INDICATOR", joinColumns = @JoinColumn(name = "PROBLEM_ID"))
    @Column(name = "INDICATOR_ID")
    private Set<Long> indicatorIds = new HashSet<>();
    @Version
    private long version;

    protected Problem() {
    }

    Problem(long pictureId) {
        this.pictureId = pictureId;
    }

    /** A copy for the next version of the picture. */
    public Problem copyInto(long nextPictureId) {
        Problem p = new Problem(nextPictureId);
        p.title = title;
        p.description = description;
        p.category = category;
        p.place = place;
        p.timePattern = timePattern;
        p.groupsAffected = groupsAffected;
        p.sources = new HashSet<>(sources);
        p.sourceNote = sourceNote;
        p.causes = causes;
        p.indicatorIds = new HashSet<>(indicatorIds);
        return p;
    }

    void describe(ProblemDraft d) {
        this.title = d.title().strip();
        this.description = Text.optional(d.description());
        this.category = Objects.requireNonNull(d.category());
        this.place = Text.optional(d.place());
        this.timePattern = Text.optional(d.timePattern());
        this.groupsAffected = Text.optional(d.groupsAffected());
        this.sources = new HashSet<>(d.sources());
        this.sourceNote = Text.optional(d.sourceNote());
        this.causes = Text.optional(d.causes());
        this.indicatorIds = new HashSet<>(d.indicatorIds());
    }

    public Long id() { return id; }
    public long pictureId() { return pictureId; }
    public String title() { return title; }
    public String description() { return description; }
    public ProblemCategory category() { return category; }
    public String place() { return place; }
    public String timePattern() { return timePattern; }
    public String groupsAffected() { return groupsAffected; }
    public Set<SourceKind> sources() { return Set.copyOf(sources); }
    public String sourceNote() { return sourceNote; }
    public String causes() { return causes; }
    public Set<Long> indicatorIds() { return Set.copyOf(indicatorIds); }
    public long version() { return version; }
}
