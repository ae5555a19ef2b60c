package se.samspar.identity.internal;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Function;
import se.samspar.identity.api.AccountSession;
import se.samspar.platform.api.Caller;

/**
 * The signed-in caller and their session state, looked up once per request: a page asks several
 * services, and each asks who is calling. A change to the account (roles, deactivation) counts from
 * the next request.
 */
@RequestScoped
public class RequestCaller {
    /** A caller and their account's session state (null for nobody). */
    record Found(Caller caller, AccountSession session) {
    }

    private String username;
    private Found found;

    Found get(String name, Function<String, Found> lookup) {
        if (found == null || !name.equals(username)) {
            found = lookup.apply(name);
            username = name;
        }
        return found;
    }
}
