package se.samspar.coordination.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samspar.coordination.api.AttachmentOwner;

/**
 * A file kept with an agreement, a meeting or a decision. Never changed once stored: removed, or kept. Lists read its
 * metadata by query, so the content is read only when the file is asked for.
 */
@Entity
@Table(name = "COO_ATTACHMENT")
public class Attachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "OWNER_KIND", updatable = false)
    private AttachmentOwner owner;
    @Column(updatable = false)
    private long ownerId;
    @Column(updatable = false)
    private String fileName;
    @Column(updatable = false)
    private String contentType;
    @Column(updatable = false)
    private long sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", updatable = false)
    private byte[] content;
    @Column(updatable = false)
    private String uploadedBy;
    @Column(updatable = false)
    private LocalDateTime uploadedAt;

    protected Attachment() {
    }

    public Attachment(long agreementId, AttachmentOwner owner, long ownerId, String fileName, FileKind kind,
                      byte[] content, String uploadedBy, LocalDateTime uploadedAt) {
        this.agreementId = agreementId;
        this.owner = owner;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public AttachmentOwner owner() { return owner; }
    public long ownerId() { return ownerId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
}
