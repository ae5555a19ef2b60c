package se.samspar.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.samspar.identity.api.SignInNames;

/**
 * The installation's HMAC key: 32 random bytes, generated at the first use and kept in IDN_SECRET, so every
 * node and every restored backup hash alike, and nobody without the database can reverse a hash by trying
 * names or addresses. Keys the throttle's rows and the pseudonyms of unknown usernames.
 */
@ApplicationScoped
public class InstallationSecret implements SignInNames {
    static final String NAME = "sign-in-hmac";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecretRows rows;
    private volatile byte[] key;

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    String stored = rows.find(NAME);
                    if (stored == null) {
                        byte[] fresh = new byte[32];
                        RANDOM.nextBytes(fresh);
                        try {
                            rows.insert(NAME, Base64.getEncoder().encodeToString(fresh));
                        } catch (RuntimeException anotherNodeWasFirst) {
                            // the row another node inserted at the same moment is read below
                        }
                        stored = rows.find(NAME);
                    }
                    key = Base64.getDecoder().decode(stored);
                }
                k = key;
            }
        }
        return k;
    }

    /** HMAC-SHA256 of the text, as 64 hex digits. */
    String hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalised(String typedUsername) {
        return typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String pseudonym(String typedUsername) {
        return "?" + hash("name:" + normalised(typedUsername)).substring(0, 16);
    }
}
