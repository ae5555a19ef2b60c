package se.samspar.web.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The id of what a POST created. */
@Schema(name = "Created")
public record Created(long id) {
}
