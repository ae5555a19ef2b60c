package se.samspar.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samspar.identity.api.UserNames;

/** A person's name where a page holds a username: #{names.of(a.reporterUser())}. */
@Named
@RequestScoped
public class Names {
    @Inject
    UserNames userNames;

    public String of(String username) {
        return userNames.displayName(username);
    }
}
