package se.samspar.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samspar.identity.api.Recipient;
import se.samspar.notification.api.MailKind;
import se.samspar.notification.domain.Mail;

/**
 * Sends one reminder through Jakarta Mail (Payara Micro's Angus Mail) and records it in the mail log. A mail the
 * server refuses is logged and not recorded; the sending goes on with the next.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    MailSettings settings;
    @Inject
    MailLog log;

    private volatile Session session;

    /** Whether the mail was handed to the SMTP server. */
    public boolean send(Recipient to, MailKind kind, Long subjectId, Mail mail) {
        if (!settings.enabled() || to.email() == null) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.email(), to.displayName(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setSentDate(new Date());
            if (settings.user().isPresent()) {
                Transport.send(message, settings.user().get(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.log(Level.WARNING, "Reminder " + kind + " to user " + to.userId() + " not sent through " + settings
                    + ": " + e.getMessage());
            return false;
        }
        try {
            log.record(to.userId(), kind, subjectId);
        } catch (RuntimeException e) {
            // Sent all the same: only the log misses it (a follow-up's reminder may then be sent again).
            LOG.log(Level.WARNING, "Reminder " + kind + " to user " + to.userId() + " sent but not recorded", e);
        }
        return true;
    }

    private Session session() {
        if (session == null) {
            session = Session.getInstance(settings.session());
        }
        return session;
    }
}
