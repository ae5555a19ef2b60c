package se.samspar.notification.domain;

import java.time.LocalDate;

/** One activity waiting for the recipient's status report: what the digest lists of it. */
public record DigestItem(String reference, String title, String agreement, LocalDate dueDate, boolean overdue) {
}
