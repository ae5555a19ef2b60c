package se.samspar.identity.api;

import se.samspar.platform.api.Change;

/** An account was created or changed (details, roles, rights, password reset, (de)activation). */
public record UserAccountChanged(long userId, Change change, String summary) {
}
