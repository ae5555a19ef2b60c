package se.samspar.identity.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One of the caller's personal access tokens as their account page lists it: never its secret. */
public record AccessTokenView(long id, String name, LocalDateTime createdAt, LocalDate expiresOn,
                             LocalDateTime lastUsedAt, boolean expired) {
}
