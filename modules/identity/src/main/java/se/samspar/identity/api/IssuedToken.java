package se.samspar.identity.api;

/** A token just created: its secret, shown this once and stored only as a keyed hash. */
public record IssuedToken(AccessTokenView token, String secret) {
}
