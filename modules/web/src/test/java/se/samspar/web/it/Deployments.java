package se.samspar.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR as built by Maven, plus the test classes: the tests run inside the application. */
final class Deployments {
    private Deployments() {
    }

    static WebArchive samspar(Class<?>... testClasses) {
        String war = System.getProperty("samspar.war", "target/samspar.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
                .addClass(Deployments.class)
                .addClass(Fixtures.class)
                .addClasses(testClasses);
    }
}
