package se.samspar.identity.api;

import se.samspar.platform.api.Caller;

/** Who a valid token speaks for: the token's id (for its rate limit) and its active owner as a caller. */
public record TokenCaller(long tokenId, Caller caller) {
}
