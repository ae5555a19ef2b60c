package se.samspar.notification.api;

/** Reminders by e-mail, on when {@code samspar.mail.host} is set. */
public interface Reminders {
    /** Whether an SMTP server is configured. */
    boolean enabled();

    /**
     * An administrator sends the weekly digest to every recipient now, as the schedule does (nothing when mail is
     * off); returns how many were sent. Users with nothing waiting get none.
     */
    int sendDigestsNow();
}
