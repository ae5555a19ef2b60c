package se.samspar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.platform.api.NotFound;

/** Adopted follow-ups: the report as it was adopted and frozen (rule 6), as the page, PDF and XLSX show it. */
@Path("/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Follow-ups")
public class FollowUpsResource {
    @Inject
    FollowUpQueries followUps;

    @GET
    @Path("{id}")
    @Operation(summary = "An adopted follow-up's frozen report",
            description = "Only adopted follow-ups: one still in preparation answers 404.")
    @APIResponse(responseCode = "200", description = "the report as adopted: the agreement, the decision, the summary, "
            + "key figures, per priority area its assessment, progress, activities with their status updates in the "
            + "period and indicators with their measurements, each party's reporting, and the plan compared with the "
            + "plan as signed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "the frozen follow-up report (FollowUpReport)")))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "the caller may not see the agreement", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such adopted follow-up", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") long id) {
        if (!followUps.find(id).map(f -> f.isAdopted()).orElse(false)) {
            throw new NotFound("adopted follow-up", id);
        }
        // Returned as a Response: its decision's Bean Validation annotations break Payara's schema scanner (NPE).
        FollowUpReport report = followUps.report(id);
        return Response.ok(report).build();
    }
}
