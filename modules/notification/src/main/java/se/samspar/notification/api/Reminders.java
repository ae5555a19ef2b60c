package se.samspar.notification.api;

/** Reminders by e-mail, on when {@code samspar.mail.host} is set. */
public interface Reminders {
    /** Whether an SMTP server is configured. */
    boolean enabled();

    /**
     * An administrator runs the reminders now rather than at their hour: the reminders of reporting deadlines that
     * are due (each sent once, as the daily run does) and the weekly digest to every recipient (users with nothing
     * waiting get none); nothing when mail is off. Returns how many digests were sent.
     */
    int sendDigestsNow();
}
