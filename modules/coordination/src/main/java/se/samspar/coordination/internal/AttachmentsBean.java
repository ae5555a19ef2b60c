package se.samspar.coordination.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.coordination.api.AttachmentFile;
import se.samspar.coordination.api.AttachmentOwner;
import se.samspar.coordination.api.AttachmentView;
import se.samspar.coordination.api.Attachments;
import se.samspar.coordination.api.CoordinationChanged;
import se.samspar.coordination.api.CoordinationChanged.Subject;
import se.samspar.coordination.domain.Attachment;
import se.samspar.coordination.domain.Decision;
import se.samspar.coordination.domain.FileKind;
import se.samspar.coordination.domain.Meeting;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.FreeText;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.NotFound;

@ModuleService
public class AttachmentsBean implements Attachments {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CoordinationRights rights;
    @Inject
    CommandValidator validator;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    Event<CoordinationChanged> changed;
    @Inject
    @ConfigProperty(name = MAX_BYTES_SETTING, defaultValue = "10485760")
    long maxBytes;

    /** The file's name goes through the same free-text rules (length, rule 9) as every other text. */
    record FileName(@NotBlank @Size(max = 200) @FreeText String fileName) {
    }

    @Override
    public long attach(AttachmentOwner owner, long ownerId, String fileName, byte[] content) {
        long agreementId = agreementOf(owner, ownerId);
        rights.editable(agreementId);
        String name = FileKind.baseName(fileName);
        validator.check(new FileName(name));
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "samspar.required");
        }
        if (content.length > maxBytes) {
            throw InvalidInput.of("file", "samspar.attachment.tooLarge");
        }
        FileKind kind = FileKind.of(content).orElseThrow(() -> InvalidInput.of("file", "samspar.attachment.kind"));
        Attachment a = new Attachment(agreementId, owner, ownerId, name, kind, content,
                callers.current().displayName(), LocalDateTime.now(clock));
        em.persist(a);
        em.flush();
        changed.fire(new CoordinationChanged(agreementId, Subject.ATTACHMENT, a.id(), Change.CREATED,
                owner + " " + ownerId + ": " + name + " (" + content.length + " bytes)"));
        return a.id();
    }

    @Override
    public List<AttachmentView> of(AttachmentOwner owner, long ownerId) {
        rights.readable(agreementOf(owner, ownerId));
        return em.createQuery("select new se.samspar.coordination.api.AttachmentView(a.id, a.agreementId, a.owner,"
                        + " a.ownerId, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt)"
                        + " from Attachment a where a.owner = :o and a.ownerId = :id order by a.id", AttachmentView.class)
                .setParameter("o", owner).setParameter("id", ownerId).getResultList();
    }

    @Override
    public AttachmentFile file(long attachmentId) {
        Object[] meta = metadata(attachmentId);
        rights.readable((Long) meta[0]);
        byte[] content = em.createQuery("select a.content from Attachment a where a.id = :id", byte[].class)
                .setParameter("id", attachmentId).getSingleResult();
        return new AttachmentFile((String) meta[1], (String) meta[2], content);
    }

    @Override
    public void remove(long attachmentId) {
        Object[] meta = metadata(attachmentId);
        long agreementId = (Long) meta[0];
        rights.editable(agreementId);
        em.createQuery("delete from Attachment a where a.id = :id").setParameter("id", attachmentId).executeUpdate();
        changed.fire(new CoordinationChanged(agreementId, Subject.ATTACHMENT, attachmentId, Change.DELETED,
                (String) meta[1]));
    }

    @Override
    public boolean mayAttach(AttachmentOwner owner, long ownerId) {
        long agreementId = agreementOf(owner, ownerId);
        return rights.mayEdit(agreementId);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    /** Agreement id, file name and content type of an attachment, without its content. */
    private Object[] metadata(long attachmentId) {
        return em.createQuery("select a.agreementId, a.fileName, a.contentType from Attachment a where a.id = :id",
                        Object[].class).setParameter("id", attachmentId).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("Attachment", attachmentId));
    }

    private long agreementOf(AttachmentOwner owner, long ownerId) {
        return switch (owner) {
            case AGREEMENT -> ownerId;
            case MEETING -> rights.load(Meeting.class, ownerId).agreementId();
            case DECISION -> rights.load(Decision.class, ownerId).agreementId();
        };
    }
}
