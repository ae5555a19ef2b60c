package se.samspar.identity.api;

import java.util.List;
import java.util.Optional;

/** User accounts, for administrators (and the system, for the demo users). */
public interface UserAccounts {
    long create(NewUser user);

    /**
     * An administrator changes an account's name, e-mail, organisation, roles and coordinator rights. Refused when
     * the account changed since {@code expectedVersion} was read (StaleEdit), and when administrators would remove
     * their own administrator role.
     */
    void update(long userId, long expectedVersion, UserDetails details);

    /** An administrator sets a new password: the user must change it at the next sign-in; their sessions end. */
    void resetPassword(long userId, String newPassword);

    /**
     * The signed-in user changes their own password, giving the current one. Their other sessions end;
     * returns the new session epoch, for the session the change was made in.
     */
    int changeOwnPassword(String currentPassword, String newPassword);

    /** Refused (a {@code Refusal}, audited) when it is the caller's own account. */
    void deactivate(long userId);

    void activate(long userId);

    List<UserView> all();

    /**
     * One page of the accounts whose username or name contains {@code search} (any case; null or blank: all), newest
     * first, with their roles and coordinator rights fetched in one query per page (not one per account).
     */
    List<UserView> page(String search, int offset, int limit);

    /** How many accounts {@link #page} finds with {@code search} (administrators only, like the rest). */
    long count(String search);

    Optional<UserView> find(long userId);

    /** The language a user chose last time ("sv", "en"), or null. */
    String languageOf(String username);

    /** The signed-in user's language, remembered for their next visit. */
    void rememberLanguage(String language);
}
