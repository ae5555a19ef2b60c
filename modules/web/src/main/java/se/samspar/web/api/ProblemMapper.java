package se.samspar.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.LockConflicts;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

/**
 * Every failure of a resource as an RFC 9457 problem: refused input 400 with each field's problem in the caller's
 * language, a refusal 403 (the service has audited it), an unknown or invisible record 404, a colliding write 409
 * (rule 10: the report was sent again and still collided), a stale If-Match 412, an oversized body 413, and anything
 * unforeseen 500 — logged here, never its stack trace in the answer.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = Problem.language(headers == null ? null : headers.getAcceptableLanguages());
        String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        Problem problem = problem(failure, locale, uri == null ? null : "/api" + instance);
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "API request " + instance + " failed", failure);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.json()).build();
    }

    /** The problem a failure answers with; the first cause Samspår knows decides. */
    static Problem problem(Throwable failure, Locale locale, String instance) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInput e) {
                return Problem.invalid(e.problems(), locale, instance);
            }
            if (t instanceof AccessDenied) {
                return Problem.of(403, "forbidden", locale, instance);
            }
            if (t instanceof NotFound) {
                return Problem.of(404, "not-found", locale, instance);
            }
            if (t instanceof StaleEdit) {
                return Problem.of(409, "conflict", locale, instance);
            }
            if (t instanceof PreconditionFailed) {
                return Problem.of(412, "stale", locale, instance);
            }
            if (t instanceof ApiAccess.BodyTooLarge e) {
                return Problem.of(413, "too-large", locale, instance, e.limit);
            }
            if (t instanceof JsonbException) {
                return Problem.withDetail(400, "unreadable-body", locale, instance, "api.problem.400.body");
            }
        }
        if (LockConflicts.rolledBackOverLocks(failure)) {
            return Problem.of(409, "conflict", locale, instance);
        }
        if (failure instanceof WebApplicationException w && w.getResponse() != null
                && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return status == 400 ? Problem.withDetail(400, "bad-request", locale, instance, "api.problem.400.body")
                    : Problem.of(status, "http-" + status, locale, instance);
        }
        if (failure instanceof ProcessingException) {
            return Problem.withDetail(400, "unreadable-body", locale, instance, "api.problem.400.body");
        }
        return Problem.of(500, "internal", locale, instance);
    }
}
