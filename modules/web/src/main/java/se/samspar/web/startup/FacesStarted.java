package se.samspar.web.startup;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Notes when Faces has finished configuring the application (PostConstructApplicationEvent, faces-config.xml), so that
 * readiness ({@link DatabaseReadiness}) is not UP while the pages cannot answer yet: the migrations end some two
 * seconds before Faces is configured, and a request in between was answered 500.
 */
public class FacesStarted implements SystemEventListener {
    private static volatile boolean started;

    static boolean started() {
        return started;
    }

    @Override
    public void processEvent(SystemEvent event) {
        started = true;
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}
