package se.samspar.coordination.api;

/** An attachment's file, to send to whoever may read its agreement. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
