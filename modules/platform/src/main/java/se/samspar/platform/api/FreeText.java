package se.samspar.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a user writes: refused when it holds something shaped like a Swedish personal
 * identity number (rule 9: Samspår never holds case data) or a control character.
 */
@Documented
@Constraint(validatedBy = FreeTextValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {
    String message() default "{samspar.text.personalIdentityNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
