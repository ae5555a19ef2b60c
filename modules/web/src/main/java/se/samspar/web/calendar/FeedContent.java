package se.samspar.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityDueDates;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.identity.api.Recipient;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Locales;
import se.samspar.web.faces.Messages;

/** What a feed holds, read as its owner (the caller): bounded reads, written by {@link ICalendar}. */
@ApplicationScoped
public class FeedContent {
    static final int DAYS_BACK = 60;
    static final int MAX_MINE = 500;
    static final int MAX_AGREEMENT = 2000;

    @Inject
    ActivityDueDates dueDates;
    @Inject
    FollowUpReportingState reporting;
    @Inject
    FollowUpQueries followUps;
    @Inject
    AgreementQueries agreements;
    @Inject
    Clock clock;

    /** Where the pages are ({@code base} ends with /) and the host the UIDs are unique within. */
    record Links(String base, String host) {
    }

    String mine(Recipient owner, Links links) {
        Locale locale = locale(owner);
        LocalDate from = LocalDate.now(clock).minusDays(DAYS_BACK);
        Map<Long, String> titles = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, AgreementView::title));
        ICalendar calendar = new ICalendar(text(locale, "calendar.mine", owner.displayName()), clock.instant());
        activities(calendar, dueDates.mine(from, MAX_MINE), titles, locale, links);
        reporting.openForMyOrganisation().stream().filter(o -> o.reportingDeadline() != null).forEach(o ->
                calendar.allDay("follow-up-" + o.followUpId() + "-deadline@" + links.host(), o.reportingDeadline(),
                        text(locale, "calendar.deadline", o.title()), titles.getOrDefault(o.agreementId(), ""),
                        links.base() + "follow-up?id=" + o.followUpId()));
        return calendar.end();
    }

    String ofAgreement(Recipient owner, long agreementId, Links links) {
        AccessDenied.unless(owner.caller().coordinates(agreementId), "read the calendar of an agreement");
        Locale locale = locale(owner);
        LocalDate from = LocalDate.now(clock).minusDays(DAYS_BACK);
        List<ActivityView> due = dueDates.ofAgreement(agreementId, from, MAX_AGREEMENT);
        String title = agreements.agreements().stream().filter(a -> a.id() == agreementId).map(AgreementView::title)
                .findFirst().orElse("");
        ICalendar calendar = new ICalendar(text(locale, "calendar.agreement", title), clock.instant());
        activities(calendar, due, Map.of(agreementId, title), locale, links);
        followUps.ofAgreement(agreementId).stream()
                .filter(f -> f.status() != FollowUpStatus.ADOPTED && f.reportingDeadline() != null).forEach(f ->
                        calendar.allDay("follow-up-" + f.id() + "-deadline@" + links.host(), f.reportingDeadline(),
                                text(locale, "calendar.deadline", f.title()), title,
                                links.base() + "follow-up?id=" + f.id()));
        return calendar.end();
    }

    private static void activities(ICalendar calendar, List<ActivityView> due, Map<Long, String> titles,
                                   Locale locale, Links links) {
        for (ActivityView a : due) {
            calendar.allDay("activity-" + a.id() + "-due@" + links.host(), a.dueDate(),
                    text(locale, "calendar.due", a.reference(), a.title()), titles.getOrDefault(a.agreementId(), ""),
                    links.base() + "activity?id=" + a.id());
        }
    }

    private static Locale locale(Recipient owner) {
        return owner.language() != null && owner.language().startsWith("en") ? Locales.ENGLISH : Locales.SWEDISH;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(Messages.in(locale, key), locale).format(arguments);
    }
}
