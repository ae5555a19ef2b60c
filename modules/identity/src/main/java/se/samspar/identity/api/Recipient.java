package se.samspar.identity.api;

import se.samspar.platform.api.Caller;

/**
 * An active account that reminders and calendar feeds speak to: where its mail goes (null: none), its language
 * ("sv", "en"; null: Swedish) and the caller it is, so that what is sent to it is read with its own rights.
 */
public record Recipient(long userId, String username, String displayName, String email, String language,
                        Caller caller) {
}
