package se.samspar.web.publication;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublicProgress;

/**
 * The public progress feeds, without sign-in or token: {@code /api/v1/public/agreements/{key}} as JSON and
 * {@code …/atom} as Atom. Only what the public page shows; an agreement nothing of which is published is a 404. Both
 * answer with an ETag of the body (304 when it matches) and {@code Cache-Control: public, no-cache}.
 */
@Path("/v1/public/agreements/{key}")
@Tag(name = "Public progress", description = "What coordinators have published of an agreement: no sign-in, no token")
@SecurityRequirementsSet // an empty set: no token, overriding the API's bearer requirement
public class PublicFeeds {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PublicProgress publicProgress;
    @Context
    UriInfo uri;
    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An agreement's public progress as JSON",
            description = "The published priority areas first, then the published activities, a page at a time.")
    @APIResponse(responseCode = "200", description = "The published items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicFeed.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such agreement, or nothing of it is published")
    public Response json(
            @Parameter(description = "The agreement's id", example = "1") @PathParam("key") String key,
            @Parameter(description = "The first item, 0-based") @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "At most this many items (1–100)") @QueryParam("max") @DefaultValue("100") int max,
            @Parameter(description = "Language of the words: sv (default) or en",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"sv", "en"})) @QueryParam("lang") String lang) {
        long id = published(key);
        PublicAgreement a = publicProgress.agreement(id).orElseThrow(NotFoundException::new);
        PublicWords words = new PublicWords(PublicKey.locale(lang));
        int from = Math.max(0, first);
        List<PublicItem> items = publicProgress.items(id, from, Math.max(1, Math.min(max, PublicProgress.MAX_ITEMS)));
        String body = JSON.toJson(PublicFeed.of(a, items, from, pageUrl(id, words), words));
        return cached(body, MediaType.APPLICATION_JSON + ";charset=UTF-8", a);
    }

    @GET
    @Path("/atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "An agreement's public progress as an Atom feed",
            description = "One entry per published item (the first 100), updated at its latest status report.")
    @APIResponse(responseCode = "200", description = "The Atom feed (RFC 4287)",
            content = @Content(mediaType = AtomFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such agreement, or nothing of it is published")
    public Response atom(
            @Parameter(description = "The agreement's id", example = "1") @PathParam("key") String key,
            @Parameter(description = "Language of the words: sv (default) or en",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"sv", "en"})) @QueryParam("lang") String lang) {
        long id = published(key);
        PublicAgreement a = publicProgress.agreement(id).orElseThrow(NotFoundException::new);
        PublicWords words = new PublicWords(PublicKey.locale(lang));
        List<PublicItem> items = publicProgress.items(id, 0, PublicProgress.MAX_ITEMS);
        String body = new AtomFeed(a, items, pageUrl(id, words), uri.getRequestUri().toString(), words).render();
        return cached(body, AtomFeed.MEDIA_TYPE + ";charset=UTF-8", a);
    }

    private static long published(String key) {
        Long id = PublicKey.agreementId(key);
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    /** The public page's absolute address in the language of the feed. */
    private String pageUrl(long id, PublicWords words) {
        // The base is …/api/: the page is beside it, at the application's root.
        return uri.getBaseUri().resolve("../public/" + id + "?lang=" + words.locale().getLanguage()).toString();
    }

    private Response cached(String body, String type, PublicAgreement a) {
        EntityTag tag = new EntityTag(Conditional.etag(body).replace("\"", ""));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, type);
        return answer.tag(tag).header("Cache-Control", Conditional.CACHE_CONTROL)
                .header("Last-Modified", Conditional.httpDate(a.lastModified()))
                .header("Access-Control-Allow-Origin", "*")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'").build();
    }
}
