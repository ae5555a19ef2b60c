package se.samspar.web.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an agreement's filtered, sorted activities and how many the filter lets through in all. */
@Schema(name = "ActivityPage")
public record ActivityPage(long total, int offset,
                           int limit, List<ActivityItem> items) {
}
