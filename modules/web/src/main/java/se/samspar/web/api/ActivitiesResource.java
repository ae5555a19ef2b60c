package se.samspar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusReporting;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.web.api.model.ActivityItem;
import se.samspar.web.api.model.StatusReportRequest;
import se.samspar.web.api.model.StatusUpdateItem;

/**
 * An activity, its status history and new status reports. A report goes through the same service as the activity
 * page's dialog ({@link StatusReporting}: rules 3, 5, 9 and 10, sent again on a collision); with {@code If-Match} it
 * is refused (412) when the activity has changed since the client read its ETag.
 */
@Path("/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Activities")
@APIResponse(responseCode = "401", description = "no valid token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the caller may not see or report on the activity (refusals are audited)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such activity", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "the token's rate limit; see Retry-After", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ActivitiesResource {
    @Inject
    ActivityQueries activities;
    @Inject
    StatusReporting reporting;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    private ActivityView activity(long id) {
        return activities.find(id).orElseThrow(() -> new NotFound("Activity", id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An activity and its current state", description = "Its ETag is its version.")
    @APIResponse(responseCode = "200", description = "the activity",
            headers = @Header(name = "ETag", description = "the activity's version, for If-Match"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityItem.class)))
    public Response activityById(@PathParam("id") long id) {
        ActivityView a = activity(id);
        return Response.ok(ActivityItem.of(a)).tag(PreconditionFailed.tag(a.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "An activity's status history, newest first")
    @APIResponse(responseCode = "200", description = "the status updates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StatusUpdateItem.class)))
    public List<StatusUpdateItem> history(@PathParam("id") long id) {
        return activities.history(id).stream().map(StatusUpdateItem::of).toList();
    }

    @POST
    @Path("{id}/status-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an activity's status", description = "As on the activity page: rule 3 (progress "
            + "0–100, 100 when completed), rule 5 (the lead party's users, the named reporter or a coordinator), "
            + "rule 9 (a comment for yellow, red and postponed), rule 10 (a report colliding with others is sent "
            + "again, then refused with 409). Audited as the token's owner.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusReportRequest.class),
            examples = @ExampleObject(name = "at risk", value = "{\"status\": \"IN_PROGRESS\", \"light\": \"YELLOW\", "
                    + "\"progress\": 60, \"comment\": \"Two of three walks done; the third moved to March.\", "
                    + "\"hoursSpent\": 12.5}")))
    @APIResponse(responseCode = "201", description = "reported; the activity as it now stands",
            headers = @Header(name = "ETag", description = "the activity's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityItem.class)))
    @APIResponse(responseCode = "400", description = "refused input, each field's problem in the caller's language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "comment missing", value = "{\"type\": "
                            + "\"urn:samspar:problem:invalid-input\", \"title\": \"Bad request\", \"status\": 400, "
                            + "\"detail\": \"The request could not be accepted. See the fields.\", \"instance\": "
                            + "\"/api/v1/activities/17/status-reports\", \"errors\": [{\"field\": \"comment\", "
                            + "\"message\": \"Write a comment: Risk of deviation, Deviation and Postponed need an "
                            + "explanation.\"}]}")))
    @APIResponse(responseCode = "409", description = "other reports kept colliding with this one: nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "the body is too large", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") long id,
                           @Parameter(description = "the ETag the client read; a stale one answers 412")
                           @HeaderParam("If-Match") String ifMatch,
                           StatusReportRequest body) {
        PreconditionFailed.check(ifMatch, activity(id).version(), "activity " + id);
        if (body == null) {
            throw InvalidInput.of("status", "jakarta.validation.constraints.NotNull.message");
        }
        if (body.progress() == null) {
            throw InvalidInput.of("progress", "jakarta.validation.constraints.NotNull.message");
        }
        reporting.report(id, new StatusReport(body.status(), body.light(), body.progress(), body.comment(),
                body.hoursSpent(), callers.current().displayName(), null));
        ActivityView after = activity(id);
        return Response.created(uri.getBaseUriBuilder().path("v1/activities/{id}").build(id))
                .tag(PreconditionFailed.tag(after.version())).entity(ActivityItem.of(after)).build();
    }
}
