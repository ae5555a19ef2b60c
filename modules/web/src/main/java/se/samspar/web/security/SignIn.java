package se.samspar.web.security;

import se.samspar.web.faces.Language;
import se.samspar.web.faces.Messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import se.samspar.identity.api.AccountSessions;
import se.samspar.identity.api.SignInCredential;
import se.samspar.platform.api.CallerContext;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class SignIn {
    @Inject
    SecurityContext security;
    @Inject
    CallerContext callers;
    @Inject
    Language language;
    @Inject
    Messages messages;
    @Inject
    AccountSessions sessions;
    @Inject
    Clock clock;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        // Read before authenticating, which forgets it (see SignInTarget).
        String target = SignInTarget.of(request.getSession(false), ext.getRequestContextPath());
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                // The client address counts failed sign-ins per address. Behind a reverse proxy it is the proxy's.
                .credential(new SignInCredential(username, password, request.getRemoteAddr()))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> {
                SessionGuard.signedIn(request.getSession(), sessions.signedIn(), clock);
                faces.responseComplete();
            }
            case SUCCESS -> {
                // A fresh session id at sign-in, so a session id known before cannot be reused after.
                request.changeSessionId();
                SessionGuard.signedIn(request.getSession(), sessions.signedIn(), clock);
                language.adopt(callers.current());
                ext.redirect(ext.getRequestContextPath() + (target == null ? "/" : target));
            }
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.text("signIn.failed"), null));
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
