package se.samspar.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/** A goal (mål) of a priority area; with a parent it is a sub-goal (delmål). One level only. */
@Entity
@Table(name = "AGR_GOAL")
public class Goal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long areaId;
    private Long parentId;
    private String title;
    private String description;
    @Column(name = "SORT_ORDER")
    private int order;
    @Version
    private long version;

    protected Goal() {
    }

    /** An overall goal of an area. */
    public Goal(long areaId, int order, String title, String description) {
        this.areaId = areaId;
        this.order = order;
        describe(title, description);
    }

    /** A sub-goal: its parent must be an overall goal of the same area. */
    public Goal(Goal parent, int order, String title, String description) {
        this(parent.areaId, order, title, description);
        placeUnder(parent);
    }

    public final void describe(String title, String description) {
        this.title = Objects.requireNonNull(title).strip();
        this.description = Text.optional(description);
    }

    public void placeUnder(Goal parent) {
        if (parent == null) {
            this.parentId = null;
            return;
        }
        if (parent.parentId != null || (id != null && id.equals(parent.id))) {
            throw InvalidInput.of("parentGoalId", "samspar.goal.oneLevel");
        }
        if (parent.areaId != areaId) {
            throw InvalidInput.of("parentGoalId", "samspar.goal.otherArea");
        }
        this.parentId = parent.id;
    }

    public boolean isSubGoal() {
        return parentId != null;
    }

    public Long id() {
        return id;
    }

    public long areaId() {
        return areaId;
    }

    public Long parentId() {
        return parentId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int order() {
        return order;
    }

    public long version() {
        return version;
    }
}
