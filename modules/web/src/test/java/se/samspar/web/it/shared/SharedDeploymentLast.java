package se.samspar.web.it.shared;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order of the test classes (junit-platform.properties): those with {@code @Order} by it, then the others in
 * the order failsafe gives them, except that the classes running in the shared Arquillian deployment come last, so
 * that its server, which stays up until the run ends ({@link SharedDeployment}), idles beside no other test.
 */
public class SharedDeploymentLast implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SharedDeploymentLast::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value)
                .orElse(runsInTheSharedDeployment(descriptor) ? Integer.MAX_VALUE : Order.DEFAULT);
    }

    private static boolean runsInTheSharedDeployment(ClassDescriptor descriptor) {
        List<ExtendWith> extensions = descriptor.findRepeatableAnnotations(ExtendWith.class);
        boolean arquillian = extensions.stream().flatMap(e -> Stream.of(e.value()))
                .anyMatch(ArquillianExtension.class::equals);
        return arquillian && !SharedDeployment.hasOwnDeployment(descriptor.getTestClass());
    }
}
