package se.samspar.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR as built by Maven, plus this package's test classes: the tests run inside the application. Every
 * test class here without a deployment of its own runs in this one, on one server ({@code SharedDeployment}).
 */
final class Deployments {
    private Deployments() {
    }

    /**
     * The application's web.xml, with Arquillian's test runner servlet left open: every page of
     * Samspår needs a signed-in user, and the tests choose their caller through CallerContext.
     */
    private static String webXmlOpeningTheTestRunner(WebArchive archive) {
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("<url-pattern>/login</url-pattern>",
                    "<url-pattern>/login</url-pattern>\n<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Deployment
    static WebArchive samspar() {
        String war = System.getProperty("samspar.war", "target/samspar.war");
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
        return archive.setWebXML(new StringAsset(webXmlOpeningTheTestRunner(archive)))
                .addPackage(Deployments.class.getPackage());
    }
}
