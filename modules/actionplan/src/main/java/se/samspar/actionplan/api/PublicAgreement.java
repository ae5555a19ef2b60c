package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An agreement as its public page shows it: title, period, how many items are published and when any of them last
 * changed (published, text changed or a status report on it): the page's Last-Modified and ETag.
 */
public record PublicAgreement(long id, String title, LocalDate validFrom, LocalDate validTo, int items,
                              LocalDateTime lastModified) {
}
