package se.samspar.transfer.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samspar.platform.api.Decimals;

/**
 * A decimal that fits its column: {@code integer} digits before the point and {@code fraction}
 * after, by {@link Decimals#fits}, which compares scale and precision and never rounds, so a value
 * such as {@code 1e-400000002} is refused in microseconds.
 */
@Documented
@Constraint(validatedBy = FitsColumnValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FitsColumn {
    String message() default "{" + Decimals.DIGITS_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Digits before the decimal point: the column's precision minus its scale. */
    int integer();

    /** Digits after the decimal point: the column's scale. */
    int fraction();
}
