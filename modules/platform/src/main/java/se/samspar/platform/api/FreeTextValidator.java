package se.samspar.platform.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samspar.platform.domain.PersonalIdentityNumbers;

/** Validates {@link FreeText}; the rule itself lives in {@link PersonalIdentityNumbers}. */
public class FreeTextValidator implements ConstraintValidator<FreeText, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (PersonalIdentityNumbers.hasControlCharacter(value)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{samspar.text.controlCharacter}").addConstraintViolation();
            return false;
        }
        return !PersonalIdentityNumbers.containsOne(value);
    }
}
