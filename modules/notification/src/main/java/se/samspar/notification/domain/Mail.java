package se.samspar.notification.domain;

/** A reminder's subject and plain-text body, in the recipient's language. */
public record Mail(String subject, String body) {
}
