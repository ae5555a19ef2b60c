package se.samspar.notification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code samspar.mail.*} from MicroProfile Config, read once at start. Mail is off unless {@code samspar.mail.host}
 * is set. {@code tls}: {@code starttls} (the default: STARTTLS required), {@code ssl} (SMTPS) or {@code none}.
 */
@ApplicationScoped
public class MailSettings {
    private String host;
    private int port;
    private String from;
    private String tls;
    private String user;
    private String password;
    private String link;
    private DayOfWeek digestDay;
    private LocalTime sendAt;
    private int deadlineDays;

    @PostConstruct
    void read() {
        Config c = ConfigProvider.getConfig();
        host = c.getOptionalValue("samspar.mail.host", String.class).filter(h -> !h.isBlank()).orElse(null);
        tls = c.getOptionalValue("samspar.mail.tls", String.class).orElse("starttls").strip().toLowerCase(Locale.ROOT);
        port = c.getOptionalValue("samspar.mail.port", Integer.class).orElse("ssl".equals(tls) ? 465 : 587);
        from = c.getOptionalValue("samspar.mail.from", String.class).orElse("samspar@localhost");
        user = c.getOptionalValue("samspar.mail.user", String.class).filter(u -> !u.isBlank()).orElse(null);
        password = c.getOptionalValue("samspar.mail.password", String.class).orElse(null);
        link = c.getOptionalValue("samspar.mail.link", String.class).filter(l -> !l.isBlank()).orElse(null);
        digestDay = DayOfWeek.valueOf(c.getOptionalValue("samspar.mail.digest-day", String.class).orElse("MONDAY")
                .strip().toUpperCase(Locale.ROOT));
        sendAt = LocalTime.parse(c.getOptionalValue("samspar.mail.send-at", String.class).orElse("07:00").strip());
        deadlineDays = c.getOptionalValue("samspar.mail.deadline-days", Integer.class).orElse(7);
    }

    boolean enabled() {
        return host != null;
    }

    /** The Jakarta Mail session properties (never the password). */
    Properties session() {
        Properties p = new Properties();
        String protocol = "ssl".equals(tls) ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", Integer.toString(port));
        p.put("mail." + protocol + ".auth", Boolean.toString(user != null));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        if ("starttls".equals(tls)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!"none".equals(tls)) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    String from() {
        return from;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    String password() {
        return password;
    }

    /** Where users reach Samspår, for the links in the mails; null: no links. */
    String link() {
        return link;
    }

    DayOfWeek digestDay() {
        return digestDay;
    }

    LocalTime sendAt() {
        return sendAt;
    }

    /** How many days before a follow-up's reporting deadline those that have not reported are reminded. */
    int deadlineDays() {
        return deadlineDays;
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + tls + ")";
    }
}
