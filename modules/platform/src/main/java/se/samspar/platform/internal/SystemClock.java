package se.samspar.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock: Swedish time, so "today" means today in Sweden whatever the server says. */
@ApplicationScoped
public class SystemClock {
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
