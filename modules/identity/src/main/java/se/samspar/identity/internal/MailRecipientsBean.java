package se.samspar.identity.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import se.samspar.identity.api.MailRecipients;
import se.samspar.identity.api.Recipient;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.ModuleService;

/**
 * {@link MailRecipients}: the ids chosen in SQL (active, an address, no opt-out), a page at a time; the lists are
 * for the system's sending only, the opt-out for the signed-in user.
 */
@ModuleService
public class MailRecipientsBean implements MailRecipients {
    private static final String WANTING_MAIL = "SELECT u.ID FROM IDN_USER_ACCOUNT u"
            + " LEFT JOIN IDN_NOTIFICATION n ON n.USER_ID = u.ID"
            + " WHERE u.ACTIVE = TRUE AND u.EMAIL IS NOT NULL AND (n.MAIL_OFF IS NULL OR n.MAIL_OFF = FALSE)";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CallerContext callers;
    @Inject
    NotificationRows rows;

    @Override
    public List<Recipient> after(long afterUserId, int limit) {
        requireSystem();
        List<?> ids = em.createNativeQuery(WANTING_MAIL + " AND u.ID > ? ORDER BY u.ID FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY").setParameter(1, afterUserId).getResultList();
        return rows.recipients(ids.stream().map(i -> ((Number) i).longValue()).toList());
    }

    @Override
    public List<Recipient> ofOrganisations(Collection<Long> organisationIds, int limit) {
        requireSystem();
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", organisationIds.stream().map(id -> Long.toString(id)).toList());
        List<?> ids = em.createNativeQuery(WANTING_MAIL + " AND u.ORGANISATION_ID IN (" + in + ") ORDER BY u.ID"
                + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY").getResultList();
        return rows.recipients(ids.stream().map(i -> ((Number) i).longValue()).toList());
    }

    @Override
    public boolean optedOut() {
        long me = me();
        List<?> off = em.createNativeQuery("SELECT MAIL_OFF FROM IDN_NOTIFICATION WHERE USER_ID = ?")
                .setParameter(1, me).getResultList();
        return !off.isEmpty() && Boolean.TRUE.equals(off.get(0));
    }

    @Override
    public void optOut(boolean off) {
        long me = me();
        rows.ensure(me);
        em.createNativeQuery("UPDATE IDN_NOTIFICATION SET MAIL_OFF = ? WHERE USER_ID = ?")
                .setParameter(1, off).setParameter(2, me).executeUpdate();
    }

    private long me() {
        Caller caller = callers.current();
        AccessDenied.unless(caller.username() != null && !caller.system(), "choose about reminders by e-mail");
        return rows.userId(caller.username());
    }

    private void requireSystem() {
        AccessDenied.unless(callers.current().system(), "list the recipients of reminders");
    }
}
