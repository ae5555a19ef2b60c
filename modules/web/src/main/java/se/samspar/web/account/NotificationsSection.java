package se.samspar.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.identity.api.CalendarSecrets;
import se.samspar.identity.api.MailRecipients;
import se.samspar.notification.api.Reminders;
import se.samspar.platform.api.CallerContext;
import se.samspar.web.faces.Messages;
import se.samspar.web.faces.form.FormMessages;

/**
 * The account page's "reminders and calendar" section: the address of one's calendar feed, made (or made anew,
 * which ends the old one) and shown once, with one address per agreement one coordinates; and whether reminders come
 * by e-mail.
 */
@Named
@ViewScoped
public class NotificationsSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CalendarSecrets secrets;
    @Inject
    MailRecipients mail;
    @Inject
    Reminders reminders;
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;
    @Inject
    Messages messages;

    /** The addresses made in this view, shown once: the user's own, then per coordinated agreement. */
    private List<Feed> made = List.of();
    private Boolean mailOff;
    private Boolean calendar;

    /** A feed's name and address. */
    public record Feed(String name, String address) implements Serializable {
    }

    /** Read once per view: the page asks several times while it renders. */
    public boolean isCalendar() {
        if (calendar == null) {
            calendar = secrets.exists();
        }
        return calendar;
    }

    public List<Feed> getMade() {
        return made;
    }

    public void makeCalendar() {
        String secret = secrets.renew();
        String base = Faces.getRequestBaseURL() + "api/v1/calendar/" + secret;
        List<Feed> feeds = new java.util.ArrayList<>();
        feeds.add(new Feed(messages.text("notifications.calendar.mine"), base + ".ics"));
        agreements.agreements().stream().filter(a -> callers.current().coordinates(a.id()))
                .forEach(a -> feeds.add(new Feed(a.title(), base + "/agreements/" + a.id() + ".ics")));
        made = List.copyOf(feeds);
        calendar = true;
        FormMessages.info("calendar", messages.text("notifications.calendar.made"));
    }

    public void revokeCalendar() {
        secrets.revoke();
        made = List.of();
        calendar = false;
        FormMessages.info("calendar", messages.text("notifications.calendar.revoked"));
    }

    public boolean isMailEnabled() {
        return reminders.enabled();
    }

    public boolean isMailOff() {
        if (mailOff == null) {
            mailOff = mail.optedOut();
        }
        return mailOff;
    }

    public void setMailOff(boolean off) {
        this.mailOff = off;
    }

    public void saveMail() {
        mail.optOut(Boolean.TRUE.equals(mailOff));
        FormMessages.info("mail", messages.text(Boolean.TRUE.equals(mailOff) ? "notifications.mail.off"
                : "notifications.mail.on"));
    }
}
