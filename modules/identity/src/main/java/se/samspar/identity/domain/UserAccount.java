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
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import se.samspar.platform.api.Text;

/**
 * A user of Samspår: one organisation, some roles, coordinator of some agreements. A password an
 * administrator set must be changed by the user; every new password starts a new session epoch,
 * which ends the sessions signed in before it. (Failed sign-ins are counted apart, per username and
 * per client address: see {@link SignInDelays}.)
 */
@Entity
@Table(name = "IDN_USER_ACCOUNT")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private String username;
    private String displayName;
    private String email;
    private long organisationId;
    private String passwordHash;
    private boolean active;
    /** Columns of the former lock-out, kept in the table (not dropped) but no longer used. */
    private int failedSignIns;
    private LocalDateTime lockedUntil;
    private boolean mustChangePassword;
    private int sessionEpoch;
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
        this.email = Text.optional(email);
        this.organisationId = organisationId;
    }

    /** May this account sign in at all (before the password is checked)? */
    public boolean maySignIn(LocalDateTime now) {
        return active;
    }

    /** An administrator set the password: its user must change it at the next sign-in; other sessions end. */
    public void passwordSetByAdministrator(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = true;
        this.sessionEpoch++;
    }

    /** The user chose a new password: no more demand to change it; other sessions end. */
    public void passwordChangedByUser(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = false;
        this.sessionEpoch++;
    }

    /** A new account's password, as an administrator (must be changed) or the system (need not) set it. */
    public void requirePasswordChange(boolean required) {
        this.mustChangePassword = required;
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

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int sessionEpoch() {
        return sessionEpoch;
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
