package se.samspar.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2-HMAC-SHA256 with 210,000 iterations and a 32-byte salt (OWASP's 2023 advice). */
@ApplicationScoped
public class PasswordHashing {
    @Inject
    Pbkdf2PasswordHash hash;

    /** A well-formed hash of nothing, so an unknown username costs as much time as a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    public void spendTimeAsIfChecking(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
