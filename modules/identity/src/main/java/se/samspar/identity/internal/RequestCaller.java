package se.samspar.identity.internal;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Function;
import se.samspar.platform.api.Caller;

/**
 * The signed-in caller, looked up once per request: a page asks several services, and each asks who
 * is calling. A change to the account (roles, deactivation) counts from the next request.
 */
@RequestScoped
public class RequestCaller {
    private String username;
    private Caller caller;

    Caller get(String name, Function<String, Caller> lookup) {
        if (caller == null || !name.equals(username)) {
            caller = lookup.apply(name);
            username = name;
        }
        return caller;
    }
}
