package se.samspar.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user of Samspår: one organisation, some roles, coordinator of some agreements. Locks itself
 * for 15 minutes after 5 failed sign-ins in a row.
 */
@Entity
@Table(name = "IDN_USER_ACCOUNT")
public class UserAccount {
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private String username;
    @Column(name = "DISPLAY_NAME")
    private String displayName;
    private String email;
    @Column(name = "ORGANISATION_ID")
    private long organisationId;
    @Column(name = "PASSWORD_HASH")
    private String passwordHash;
    private boolean active;
    @Column(name = "FAILED_SIGN_INS")
    private int failedSignIns;
    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;
    private String language;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "IDN_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "ROLE_NAME")
    private Set<String> roles = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "IDN_COORDINATOR", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "AGREEMENT_ID")
    private Set<Long> coordinatorOf = new HashSet<>();
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, long organisationId, String passwordHash) {
        this.username = Objects.requireNonNull(username).strip().toLowerCase();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.active = true;
        describe(displayName, null, organisationId);
    }

    public final void describe(String displayName, String email, long organisationId) {
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.organisationId = organisationId;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** May this account sign in now at all (before the password is checked)? */
    public boolean maySignIn(LocalDateTime now) {
        return active && !isLocked(now);
    }

    /** A wrong password: the fifth in a row locks the account for {@link #LOCK_TIME}. */
    public void signInFailed(LocalDateTime now) {
        if (lockedUntil != null && !isLocked(now)) {
            lockedUntil = null;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCK_TIME);
            failedSignIns = 0;
        }
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        signedIn();
    }

    public void grant(Set<String> roles) {
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    public void coordinate(Set<Long> agreementIds) {
        this.coordinatorOf.retainAll(agreementIds);
        this.coordinatorOf.addAll(agreementIds);
    }

    public void addCoordinatorOf(long agreementId) {
        coordinatorOf.add(agreementId);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
        signedIn();
    }

    public void preferLanguage(String language) {
        this.language = language;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public long organisationId() {
        return organisationId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    public String language() {
        return language;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public Set<Long> coordinatorOf() {
        return Set.copyOf(coordinatorOf);
    }

    public long version() {
        return version;
    }
}
