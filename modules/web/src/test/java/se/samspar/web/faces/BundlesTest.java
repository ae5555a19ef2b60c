package se.samspar.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Swedish (the default bundle) and English, and Swedish is found whatever the JVM's locale. */
class BundlesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theSwedishAndEnglishPageTextsHaveTheSameKeys() throws IOException {
        assertEquals(keys(load("se/samspar/web/messages.properties")), keys(load("se/samspar/web/messages_en.properties")));
    }

    @Test
    void theSwedishFileOnlyStopsTheFallBackToTheServersLanguage() throws IOException {
        assertEquals(Set.of(), keys(load("se/samspar/web/messages_sv.properties")),
                "Swedish texts belong in messages.properties; messages_sv.properties stays empty");
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            ResourceBundle.clearCache();
            ResourceBundle sv = ResourceBundle.getBundle("se.samspar.web.messages", Locale.forLanguageTag("sv-SE"));
            assertEquals(load("se/samspar/web/messages.properties").getProperty("app.tagline"), sv.getString("app.tagline"));
        } finally {
            Locale.setDefault(server);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void theValidationMessagesHaveTheSameKeysInEveryLanguage() throws IOException {
        Set<String> base = keys(load("ValidationMessages.properties"));
        assertEquals(base, keys(load("ValidationMessages_en.properties")));
        assertEquals(base, keys(load("ValidationMessages_sv.properties")));
    }
}
