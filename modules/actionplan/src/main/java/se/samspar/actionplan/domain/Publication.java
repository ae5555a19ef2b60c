package se.samspar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import se.samspar.actionplan.api.PublishedKind;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/**
 * A priority area or an activity of an agreement shown on its public page, with the text written for the public. An
 * activity is published only with such a text (the public never sees its internal description); for an area the
 * text is optional. Unpublishing removes the row.
 */
@Entity
@Table(name = "ACT_PUBLICATION")
public class Publication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PublishedKind kind;
    @Column(updatable = false)
    private long itemId;
    private String publicText;
    @Column(updatable = false)
    private LocalDateTime publishedAt;
    @Column(updatable = false)
    private String publishedBy;
    @Version
    private long version;

    protected Publication() {
    }

    public Publication(long agreementId, PublishedKind kind, long itemId, String publicText, LocalDateTime publishedAt,
                       String publishedBy) {
        this.agreementId = agreementId;
        this.kind = Objects.requireNonNull(kind);
        this.itemId = itemId;
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.publishedBy = publishedBy;
        describe(publicText);
    }

    /** A new public text; an activity's may not be empty. */
    public void describe(String text) {
        String t = Text.optional(text);
        requireText(kind, t);
        this.publicText = t;
    }

    /** An activity needs a public text, refused at the field {@code publicText} otherwise; an area does not. */
    public static void requireText(PublishedKind kind, String text) {
        if (kind == PublishedKind.ACTIVITY && (text == null || text.isBlank())) {
            throw InvalidInput.of("publicText", "samspar.required");
        }
    }

    public long id() { return id == null ? 0 : id; }
    public long agreementId() { return agreementId; }
    public PublishedKind kind() { return kind; }
    public long itemId() { return itemId; }
    public String publicText() { return publicText; }
    public LocalDateTime publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public long version() { return version; }
}
