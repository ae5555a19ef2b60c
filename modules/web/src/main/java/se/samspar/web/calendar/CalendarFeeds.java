package se.samspar.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspar.identity.api.CalendarSecrets;
import se.samspar.identity.api.Recipient;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.NotFound;

/**
 * The calendar feeds, without sign-in: the secret in the address is the key, and what a feed holds is read as its
 * owner, with their rights. An unknown, revoked or malformed secret, or an agreement the owner does not coordinate,
 * answers 404 and tells nothing more.
 */
@RequestScoped
@Path("v1/calendar")
@Tag(name = "Calendar", description = "iCalendar (RFC 5545) feeds at secret addresses made on the account page")
public class CalendarFeeds {
    static final String TEXT_CALENDAR = "text/calendar";
    private static final String FEED = TEXT_CALENDAR + "; charset=utf-8";

    @Inject
    CalendarSecrets secrets;
    @Inject
    CallerContext callers;
    @Inject
    FeedContent content;
    @Context
    UriInfo uri;

    @GET
    @Path("{secret}.ics")
    @Produces(FEED)
    @Operation(summary = "A user's due dates and reporting deadlines",
            description = "All-day events: the due dates of the open activities the owner of the secret may report on"
                    + " (from 60 days back, at most 500), and the reporting deadlines of the follow-ups open for their"
                    + " organisation's report. Texts in the owner's language. No token: the secret in the address is the"
                    + " key, whatever security the rest of the API asks for.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Unknown or revoked secret")
    public Response mine(@Parameter(description = "The secret shown once on the account page")
                         @PathParam("secret") String secret) {
        return feed(secret, owner -> content.mine(owner, links()));
    }

    @GET
    @Path("{secret}/agreements/{agreement}.ics")
    @Produces(FEED)
    @Operation(summary = "An agreement's due dates and reporting deadlines, for its coordinators",
            description = "All-day events: the due dates of the agreement's open activities (from 60 days back, at"
                    + " most 2,000) and the reporting deadlines of its follow-ups not yet adopted. No token: the secret in the address is the key.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404",
            description = "Unknown or revoked secret, or an agreement its owner does not coordinate")
    public Response agreement(@Parameter(description = "The secret shown once on the account page")
                              @PathParam("secret") String secret,
                              @Parameter(description = "The agreement's id") @PathParam("agreement") long agreementId) {
        return feed(secret, owner -> content.ofAgreement(owner, agreementId, links()));
    }

    private Response feed(String secret, Function<Recipient, String> body) {
        Optional<Recipient> owner = secrets.owner(secret);
        if (owner.isEmpty()) {
            return notFound();
        }
        try {
            String calendar = callers.runAs(owner.get().caller(), () -> body.apply(owner.get()));
            return Response.ok(calendar, FEED).header("Cache-Control", "private, no-cache")
                    .header("Content-Disposition", "inline; filename=\"samspar.ics\"").build();
        } catch (AccessDenied | NotFound e) {
            return notFound();
        }
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type("text/plain; charset=utf-8").entity("Not found\n")
                .build();
    }

    /** The application's own pages, for the events' links; the host names the events' UIDs. */
    private FeedContent.Links links() {
        return new FeedContent.Links(uri.getBaseUri().resolve("../").toString(), uri.getBaseUri().getHost());
    }
}
