package se.samspar.identity.api;

import java.util.List;
import java.util.Optional;

/** User accounts, for administrators (and the system, for the demo users). */
public interface UserAccounts {
    long create(NewUser user);

    void update(long userId, long expectedVersion, UserDetails details);

    /** An administrator sets a new password: the user must change it at the next sign-in; their sessions end. */
    void resetPassword(long userId, String newPassword);

    /**
     * The signed-in user changes their own password, giving the current one. Their other sessions end;
     * returns the new session epoch, for the session the change was made in.
     */
    int changeOwnPassword(String currentPassword, String newPassword);

    void deactivate(long userId);

    void activate(long userId);

    List<UserView> all();

    Optional<UserView> find(long userId);

    /** The language a user chose last time ("sv", "en"), or null. */
    String languageOf(String username);

    /** The signed-in user's language, remembered for their next visit. */
    void rememberLanguage(String language);
}
