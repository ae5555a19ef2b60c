package se.samspar.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;

/** Bean Validation behind {@link CommandValidator}: violations become field problems. */
@ApplicationScoped
public class BeanCommandValidator implements CommandValidator {

    @Inject
    Validator validator;

    @Override
    public void check(Object command) {
        if (command == null) {
            throw InvalidInput.of("input", "samspar.input.missing");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream()
                    .map(BeanCommandValidator::problem)
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList());
        }
    }

    static FieldProblem problem(ConstraintViolation<?> v) {
        return FieldProblem.of(v, v.getPropertyPath().toString());
    }

    static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(BeanCommandValidator::problem).toList();
    }
}
