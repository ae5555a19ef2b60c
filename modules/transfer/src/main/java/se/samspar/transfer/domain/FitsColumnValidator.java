package se.samspar.transfer.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import se.samspar.platform.api.Decimals;

/** Validates {@link FitsColumn} with the platform's one rule for decimals from outside. */
public class FitsColumnValidator implements ConstraintValidator<FitsColumn, BigDecimal> {
    private int integer;
    private int fraction;

    @Override
    public void initialize(FitsColumn column) {
        integer = column.integer();
        fraction = column.fraction();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return Decimals.fits(value, integer, fraction);
    }
}
