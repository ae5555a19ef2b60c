package se.samspar.coordination.api;

import java.util.List;

/**
 * Files kept with an agreement, a meeting or a decision (issue 13: the signed agreement, minutes as PDF), stored in
 * the database. A file is checked before anything is written: not empty, at most {@link #maxBytes()} (setting
 * {@value #MAX_BYTES_SETTING}, default 10 MiB), a PDF, PNG or JPEG by its first bytes (whatever its name or the
 * browser says), and a name that is free text (rule 9: no personal identity number). Coordinators of the agreement
 * attach and remove; everyone who sees the agreement lists and downloads.
 */
public interface Attachments {
    String MAX_BYTES_SETTING = "samspar.attachments.max-bytes";

    /** Attaches the file; returns its id. */
    long attach(AttachmentOwner owner, long ownerId, String fileName, byte[] content);

    /** The owner's attachments, oldest first, without their content. */
    List<AttachmentView> of(AttachmentOwner owner, long ownerId);

    AttachmentFile file(long attachmentId);

    void remove(long attachmentId);

    /** May the caller attach to (and remove from) this owner? For pages; the service checks again. */
    boolean mayAttach(AttachmentOwner owner, long ownerId);

    long maxBytes();
}
