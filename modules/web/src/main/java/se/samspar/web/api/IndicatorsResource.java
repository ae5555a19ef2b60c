package se.samspar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspar.followup.api.Indicators;
import se.samspar.followup.api.MeasurementDraft;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.api.model.Created;
import se.samspar.web.api.model.MeasurementRequest;

/** Measurements of an indicator: recorded by the agreement's coordinators, as on the indicators page. */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Indicators")
public class IndicatorsResource {
    @Inject
    Indicators indicators;

    @POST
    @Path("{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an indicator's value for a period",
            description = "A value already recorded for the period is replaced. Coordinators of the agreement only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeasurementRequest.class),
            examples = @ExampleObject(name = "a year", value = "{\"period\": \"2024\", \"value\": 37.5, "
                    + "\"comment\": \"From the autumn safety survey\"}")))
    @APIResponse(responseCode = "201", description = "recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "refused input, each field's problem in the caller's language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "not a coordinator of the agreement (audited)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such indicator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response measure(@PathParam("id") long id, MeasurementRequest body) {
        if (body == null) {
            throw InvalidInput.of("period", "jakarta.validation.constraints.NotBlank.message");
        }
        long created = indicators.measure(id, new MeasurementDraft(body.period(), body.value(), body.comment()));
        return Response.status(Response.Status.CREATED).entity(new Created(created)).build();
    }
}
