package se.samspar.identity.api;

import java.util.List;
import java.util.Optional;

/** User accounts, for administrators (and the system, for the demo users). */
public interface UserAccounts {
    long create(NewUser user);

    void update(long userId, long expectedVersion, UserDetails details);

    void resetPassword(long userId, String newPassword);

    void deactivate(long userId);

    void activate(long userId);

    List<UserView> all();

    Optional<UserView> find(long userId);

    /** The language a user chose last time ("sv", "en"), or null. */
    String languageOf(String username);

    /** The signed-in user's language, remembered for their next visit. */
    void rememberLanguage(String language);
}
