package se.samspar.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Samspår's REST API under /api. The authenticated API is /api/v1 (a personal access token as a bearer token, see
 * {@link ApiAccess}); the public and calendar feeds under /api/v1/public and /api/v1/calendar need none. Described by
 * MicroProfile OpenAPI at /openapi.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Samspår API", version = "1",
                description = "Collaboration agreements, their activities, status reports, indicators and adopted "
                        + "follow-ups, with the same rights as the pages. Authenticate with a personal access token "
                        + "created on your account page (/password): `Authorization: Bearer smp_…`. Errors are RFC 9457 "
                        + "problem details (application/problem+json), translated by Accept-Language (sv, en)."),
        security = @SecurityRequirement(name = RestApplication.BEARER))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "smp_ personal access token",
        description = "A personal access token from the account page; revoked or expired tokens answer 401.")
public class RestApplication extends Application {
    static final String BEARER = "personalAccessToken";
}
