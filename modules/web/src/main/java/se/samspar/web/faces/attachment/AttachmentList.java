package se.samspar.web.faces.attachment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import se.samspar.coordination.api.AttachmentFile;
import se.samspar.coordination.api.AttachmentOwner;
import se.samspar.coordination.api.AttachmentView;
import se.samspar.coordination.api.Attachments;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.Downloads;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.Messages;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.form.FormMessages;

/**
 * The attachments of the agreement, meeting or decision a page shows (WEB-INF/includes/attachments.xhtml): listed,
 * downloaded, and for its coordinators attached and removed. Shared by the agreement and meeting features.
 *
 * <p>View-scoped: the owner is kept from the page's first render, because a postback decides whether the upload
 * form is there (and decodes its button) before a request-scoped page has read its agreement again.
 */
@Named
@ViewScoped
public class AttachmentList implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "attachments";

    @Inject
    Attachments attachments;
    @Inject
    Language language;
    @Inject
    Messages messages;

    private AttachmentOwner owner;
    private Long ownerId;
    private Boolean mayAttach;
    private transient Part file;

    /** The owner's attachments, read once per request; a null id (a postback's early phases) is the kept owner's. */
    @SuppressWarnings("unchecked")
    public List<AttachmentView> of(String ownerKind, Long id) {
        if (ownerKind != null && id != null && id > 0) {
            AttachmentOwner o = AttachmentOwner.valueOf(ownerKind);
            if (o != owner || !id.equals(ownerId)) {
                owner = o;
                ownerId = id;
                mayAttach = null;
            }
        }
        if (owner == null) {
            return List.of();
        }
        String key = "samspar.attachments." + owner + "." + ownerId;
        return (List<AttachmentView>) Faces.getRequestMap().computeIfAbsent(key, k -> attachments.of(owner, ownerId));
    }

    public boolean isMayAttach() {
        if (mayAttach == null) {
            mayAttach = owner != null && attachments.mayAttach(owner, ownerId);
        }
        return mayAttach;
    }

    public long getMaxBytes() {
        return attachments.maxBytes();
    }

    public void upload() throws IOException {
        if (owner == null) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            FormMessages.refuse(InvalidInput.of("file", "samspar.required"), FORM, language.getLocale());
            return;
        }
        if (file.getSize() > attachments.maxBytes()) {
            // Refused before a byte is read.
            FormMessages.refuse(InvalidInput.of("file", "samspar.attachment.tooLarge"), FORM, language.getLocale());
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        }
        try {
            attachments.attach(owner, ownerId, file.getSubmittedFileName(), content);
            forget();
            FormMessages.info(FORM, messages.text("attachments.added"));
        } catch (InvalidInput e) {
            // The service names the file's name "fileName"; the page has one field for the file.
            FormMessages.refuse(e.withFields(f -> "fileName".equals(f) ? "file" : f), FORM, language.getLocale());
        }
    }

    public void download(long attachmentId) throws IOException {
        AttachmentFile f = attachments.file(attachmentId);
        Downloads.send(f.content(), f.fileName(), f.contentType());
    }

    /** The attachment of the row clicked, by the id the row was shown with. */
    public void remove() {
        Long id = RowParameters.number("attachmentId");
        if (id != null) {
            attachments.remove(id);
            forget();
            FormMessages.info(FORM, messages.text("attachments.removed"));
        }
    }

    private void forget() {
        Faces.getRequestMap().remove("samspar.attachments." + owner + "." + ownerId);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
