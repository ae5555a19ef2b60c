package se.samspar.platform.internal;

import org.eclipse.persistence.internal.databaseaccess.DatasourceCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import se.samspar.platform.api.SqlStatements;

/**
 * Counts every statement EclipseLink sends, and tells {@link DataGeneration} of each that writes (registered in
 * persistence.xml as a session event listener).
 */
public class SqlStatementListener extends SessionEventAdapter {
    @Override
    public void preExecuteCall(SessionEvent event) {
        SqlStatements.count();
        if (event.getCall() instanceof DatasourceCall call && (call.isNothingReturned()
                || call.getQuery() != null && call.getQuery().isModifyQuery())) {
            DataGeneration.writing();
        }
    }
}
