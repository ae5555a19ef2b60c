package se.samspar.actionplan.api;

import java.time.LocalDateTime;

/** One published area or activity as its coordinators see it: the public text, when and by whom, the version. */
public record PublicationView(long id, long agreementId, PublishedKind kind, long itemId, String publicText,
                              LocalDateTime publishedAt, String publishedBy, long version) {
}
