package se.samspar.web.table;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Replaces PrimeFaces' CSV exporter of data tables with {@link FormulaSafeCsvExporter}: PrimeFaces keeps its
 * exporters per application and offers {@link DataExporters#register} for this. Done when the first view renders
 * (faces-config.xml, PreRenderViewEvent), so before any table can be exported: at application start PrimeFaces'
 * context cannot be created yet (it reads the session cookie settings, which Mojarra's start-up listener may not).
 */
public class Exporters implements SystemEventListener {
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        if (!REGISTERED.get()) {
            synchronized (REGISTERED) {
                if (!REGISTERED.get()) {
                    DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
                    REGISTERED.set(true);
                }
            }
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
