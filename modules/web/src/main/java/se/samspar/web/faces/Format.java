package se.samspar.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samspar.actionplan.api.Progress;
import se.samspar.web.faces.Figures;

/** Figures in the user's language, for the pages: #{format.percent(…)}, #{format.date(…)}, #{format.decimal(…)}. */
@Named
@RequestScoped
public class Format {
    @Inject
    Language language;
    @Inject
    java.time.Clock clock;

    /** Has the agreement's period ended (rule: shown beside the stored status, which stays until closed or renewed)? */
    public boolean periodEnded(se.samspar.agreement.api.AgreementView agreement) {
        return agreement != null && se.samspar.agreement.api.AgreementPeriod.ended(agreement, java.time.LocalDate.now(clock));
    }

    public String percent(Progress progress) {
        return Figures.percent(progress == null ? null : progress.percent(), language.getLocale());
    }

    /** A whole percent, or "–" when there is none (nothing to roll up). */
    public String percentOrDash(Integer value) {
        return Figures.percent(value == null ? null : value.doubleValue(), language.getLocale());
    }

    /** A text, or "–" when there is none: a table cell or a description never left empty. */
    public String orDash(String text) {
        return text == null || text.isBlank() ? Figures.NOTHING : text;
    }

    public String percentOf(int value) {
        return Figures.percent((double) value, language.getLocale());
    }

    public String decimal(BigDecimal value) {
        return Figures.decimal(value, language.getLocale());
    }

    /** A size in megabytes with one decimal, e.g. "3,2 MB". */
    public String megabytes(long bytes) {
        return Figures.decimal(java.math.BigDecimal.valueOf(bytes / 1_048_576.0).setScale(1, java.math.RoundingMode.HALF_UP),
                language.getLocale()) + " MB";
    }

    public String date(LocalDate date) {
        return Figures.date(date, language.getLocale());
    }

    public String dateTime(LocalDateTime time) {
        return Figures.dateTime(time, language.getLocale());
    }
}
