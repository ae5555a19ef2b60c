package se.samspar.transfer.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/** Validates {@link PlausibleDate} on a {@code LocalDate} or {@code LocalDateTime}. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Temporal> {
    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= PlausibleDate.MIN_YEAR && year <= PlausibleDate.MAX_YEAR;
    }
}
