package se.samspar.web.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.actionplan.api.Progress;

/** Rule 4's rolled-up progress: the weighted mean in percent over a number of activities, null when none. */
@Schema(name = "Progress")
public record ProgressFigure(Double percent,
                             int activities) {
    public static ProgressFigure of(Progress p) {
        return new ProgressFigure(p.percent(), p.activities());
    }
}
