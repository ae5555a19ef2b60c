package se.samspar.situation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Rule 9 on every text of a problem and of its adoption, by the platform's own check ({@code @FreeText}). */
class ProblemDraftTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final String PIN = "Anmälan gällde 811218-9876";

    private static Set<String> invalid(Object draft) {
        return VALIDATOR.validate(draft).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void aCleanProblemIsValid() {
        assertEquals(Set.of(), invalid(new ProblemDraft("Otrygghet i centrum", "Många upplever otrygghet.",
                ProblemCategory.INSECURITY, "Centrum", "Kvällar och helger", "Unga 15–20 år",
                Set.of(SourceKind.NATIONAL_CRIME_SURVEY), "NTU 2025", "Få vuxna ute", List.of())));
    }

    @Test
    void aPersonalIdentityNumberIsRefusedInEveryText() {
        assertEquals(Set.of("title", "description", "place", "timePattern", "groupsAffected", "sourceNote", "causes"),
                invalid(new ProblemDraft(PIN, PIN, ProblemCategory.VIOLENCE, PIN, PIN, PIN, Set.of(), PIN, PIN,
                        List.of())));
        assertEquals(Set.of("body", "paragraph", "diaryNumber"),
                invalid(new Adoption("KS 811218-9876", LocalDate.of(2026, 3, 30), "811218-9876", "811218-9876")));
    }

    @Test
    void titleAndCategoryAreRequired() {
        assertEquals(Set.of("title", "category"),
                invalid(new ProblemDraft(" ", null, null, null, null, null, null, null, null, null)));
    }
}
