package se.samspar.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own page (/login) against the identity module's store. A visitor who asks
 * for a protected page is sent to sign in and then back to it.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class SignInMechanism {
}
