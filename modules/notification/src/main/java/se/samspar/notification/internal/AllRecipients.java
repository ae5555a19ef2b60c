package se.samspar.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import se.samspar.identity.api.MailRecipients;
import se.samspar.identity.api.Recipient;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/** Every recipient of reminders, read a page at a time by id, so that no run holds them all. */
@ApplicationScoped
public class AllRecipients {
    static final int PAGE = 100;

    @Inject
    CallerContext callers;
    @Inject
    MailRecipients recipients;

    void forEach(Consumer<Recipient> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Recipient> page = callers.runAs(Caller.SYSTEM, () -> recipients.after(from, PAGE));
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).userId();
        }
    }
}
