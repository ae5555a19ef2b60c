package se.samspar.transfer.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date or date-time whose year lies from {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {
    int MIN_YEAR = 1900;
    int MAX_YEAR = 2200;

    String message() default "{samspar.date.outOfRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
