package se.samspar.coordination.api;

import java.time.LocalDateTime;

/** An attachment as lists show it, without its content. The content type is the one the file's bytes show. */
public record AttachmentView(long id, long agreementId, AttachmentOwner owner, long ownerId, String fileName,
                             String contentType, long sizeBytes, String uploadedBy, LocalDateTime uploadedAt) {
}
