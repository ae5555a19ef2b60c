package se.samspar.web.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.followup.api.Decision;

/** The decision that adopted a follow-up: body, date, paragraph (§) and diary number. */
@Schema(name = "Decision")
public record DecisionItem(String body,
                           LocalDate date,
                           String paragraph,
                           String diaryNumber) {
    public static DecisionItem of(Decision d) {
        return d == null ? null : new DecisionItem(d.body(), d.date(), d.paragraph(), d.diaryNumber());
    }
}
