package se.samspar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.IndicatorView;
import se.samspar.followup.api.Indicators;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Text;
import se.samspar.web.api.model.ActivityItem;
import se.samspar.web.api.model.ActivityPage;
import se.samspar.web.api.model.AgreementDetail;
import se.samspar.web.api.model.AgreementSummary;
import se.samspar.web.api.model.FollowUpSummary;

/** The agreements the caller sees, each with its structure, activities, adopted follow-ups and indicators. */
@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Agreements")
@APIResponse(responseCode = "401", description = "no valid token", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the caller may not see the agreement", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such agreement", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "the token's rate limit; see Retry-After", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AgreementsResource {
    static final int DEFAULT_LIMIT = 50;

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    ActivityTable table;
    @Inject
    FollowUpQueries followUps;
    @Inject
    Indicators indicators;

    @GET
    @Operation(summary = "The agreements the caller sees")
    @APIResponse(responseCode = "200", description = "the agreements", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementSummary.class)))
    public List<AgreementSummary> list() {
        return agreements.agreements().stream().map(AgreementSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An agreement's structure and progress",
            description = "Parties, priority areas, goals and sub-goals, each with its rolled-up progress (rule 4).")
    @APIResponse(responseCode = "200", description = "the agreement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDetail.class)))
    public AgreementDetail agreement(@PathParam("id") long id) {
        return AgreementDetail.of(agreements.structure(id).orElseThrow(() -> new NotFound("Agreement", id)),
                activities.progress(id));
    }

    @GET
    @Path("{id}/activities")
    @Operation(summary = "An agreement's activities, filtered, sorted and paged as on the activities page",
            description = "Filtered, sorted and paged in the database; every filter given applies.")
    @APIResponse(responseCode = "200", description = "one page of activities", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "400", description = "an unknown status, light or sort", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActivityPage activities(@PathParam("id") long id,
                                   @QueryParam("area") Long area,
                                   @QueryParam("goal") Long goal,
                                   @QueryParam("leadParty") Long leadParty,
                                   @QueryParam("participatingParty") Long participatingParty,
                                   @Parameter(schema = @Schema(implementation = ActivityStatus.class))
                                   @QueryParam("status") String status,
                                   @Parameter(schema = @Schema(implementation = TrafficLight.class))
                                   @QueryParam("light") String light,
                                   @QueryParam("overdue") boolean overdue,
                                   @QueryParam("needsUpdate") boolean needsUpdate,
                                   @Parameter(description = "a piece of the reference, title or description")
                                   @QueryParam("text") String text,
                                   @Parameter(schema = @Schema(implementation = ActivitySort.class))
                                   @QueryParam("sort") String sort,
                                   @Parameter(schema = @Schema(enumeration = {"asc", "desc"}))
                                   @QueryParam("order") @DefaultValue("asc") String order,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @Parameter(description = "at most " + ActivityTable.MAX_LIMIT)
                                   @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) int limit) {
        ActivityFilter filter = new ActivityFilter(id, area, goal, leadParty, participatingParty,
                Choices.of(ActivityStatus.class, status, "status"), Choices.of(TrafficLight.class, light, "light"),
                overdue, needsUpdate, Text.optional(text));
        ActivitySort by = Choices.of(ActivitySort.class, sort, "sort");
        boolean ascending = !"desc".equalsIgnoreCase(order);
        int rows = Math.max(1, Math.min(limit, ActivityTable.MAX_LIMIT));
        int from = Math.max(0, offset);
        long total = table.count(filter);
        List<ActivityItem> items = table.page(filter, from, rows, by, ascending).stream().map(ActivityItem::of).toList();
        return new ActivityPage(total, from, rows, items);
    }

    @GET
    @Path("{id}/follow-ups")
    @Operation(summary = "An agreement's adopted follow-ups, newest period first")
    @APIResponse(responseCode = "200", description = "the adopted follow-ups", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpSummary.class)))
    public List<FollowUpSummary> followUps(@PathParam("id") long id) {
        return followUps.ofAgreement(id).stream().filter(f -> f.isAdopted()).map(FollowUpSummary::of).toList();
    }

    @GET
    @Path("{id}/indicators")
    @Operation(summary = "An agreement's indicators with their measurements and rating (rule 8)")
    @APIResponse(responseCode = "200", description = "the indicators", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorView.class)))
    public List<IndicatorView> indicators(@PathParam("id") long id) {
        return indicators.ofAgreement(id);
    }
}
