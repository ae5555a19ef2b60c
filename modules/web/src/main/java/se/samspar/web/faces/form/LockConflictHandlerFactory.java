package se.samspar.web.faces.form;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import se.samspar.platform.api.LockConflicts;
import se.samspar.web.faces.Messages;

/**
 * A save the database kept rolling back over locks, even after the services' retries ({@code RetriedOnLockConflict}),
 * is said at the form that asked for it, as a refusal: nothing was saved, what the user typed stays in the form (a
 * dialog stays open), and they can send it again. Without it the page gave way to the error page and the input was
 * gone. Wraps OmniFaces' handler, which still shows the error page for every other failure, and for one while the
 * response is already being written (a read; reads are retried too, and write nothing).
 */
public class LockConflictHandlerFactory extends ExceptionHandlerFactory {

    public LockConflictHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new LockConflictHandler(getWrapped().getExceptionHandler());
    }

    static final class LockConflictHandler extends ExceptionHandlerWrapper {
        LockConflictHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                     events.hasNext(); ) {
                    Throwable failure = events.next().getContext().getException();
                    String form = LockConflicts.rolledBackOverLocks(failure) ? submittedForm(faces) : null;
                    if (form != null) {
                        events.remove();
                        FormMessages.notSaved(form, Messages.in(faces.getViewRoot().getLocale(), "form.busy"));
                        faces.renderResponse();
                    }
                }
            }
            getWrapped().handle();
        }

        /**
         * The client id of the form that sent the request: the one holding the AJAX request's source, else the one
         * Faces found submitted (a plain post); null when there is none to say it at.
         */
        private static String submittedForm(FacesContext faces) {
            UIViewRoot view = faces.getViewRoot();
            if (view == null) {
                return null;
            }
            AtomicReference<String> form = new AtomicReference<>();
            String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
            if (source != null) {
                view.invokeOnComponent(faces, source, (context, button) -> {
                    for (UIComponent c = button; c != null && form.get() == null; c = c.getParent()) {
                        if (c instanceof UIForm) {
                            form.set(c.getClientId(context));
                        }
                    }
                });
            }
            if (form.get() == null) {
                view.visitTree(VisitContext.createVisitContext(faces), (context, c) -> {
                    if (c instanceof UIForm f && f.isSubmitted()) {
                        form.set(f.getClientId(faces));
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
            }
            return form.get();
        }
    }
}
