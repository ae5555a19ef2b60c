package se.samspar.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> arguments = new HashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (value instanceof Number || value instanceof CharSequence) {
                arguments.put(name, value);
            }
        });
        return new FieldProblem(v.getPropertyPath().toString(), key, arguments);
    }

    static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(BeanCommandValidator::problem).toList();
    }
}
