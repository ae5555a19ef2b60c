package se.samspar.platform.internal;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import se.samspar.platform.api.SqlStatements;

/** Counts every statement EclipseLink sends (registered in persistence.xml as a session event listener). */
public class SqlStatementListener extends SessionEventAdapter {
    @Override
    public void preExecuteCall(SessionEvent event) {
        SqlStatements.count();
    }
}
