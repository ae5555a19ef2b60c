package se.samspar.identity.api;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password with the client address they came from ({@code HttpServletRequest.getRemoteAddr()}:
 * behind a reverse proxy that is the proxy's), so failed sign-ins are also counted per address. A plain
 * {@link UsernamePasswordCredential} counts under one shared address "none".
 */
public class SignInCredential extends UsernamePasswordCredential {
    private final String clientAddress;

    public SignInCredential(String username, String password, String clientAddress) {
        super(username == null ? "" : username, new Password(password == null ? "" : password));
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
