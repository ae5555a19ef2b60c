package se.samspar.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.samspar.platform.api.Text;

/** A priority area (prioriterat område) of an agreement; its activities form its action plan. */
@Entity
@Table(name = "AGR_PRIORITY_AREA")
public class PriorityArea {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long agreementId;
    private String code;
    private String name;
    private String description;
    @Column(name = "SORT_ORDER")
    private int order;
    @Version
    private long version;

    protected PriorityArea() {
    }

    public PriorityArea(long agreementId, int order, String code, String name, String description) {
        this.agreementId = agreementId;
        this.order = order;
        describe(code, name, description);
    }

    public final void describe(String code, String name, String description) {
        this.code = Objects.requireNonNull(code).strip();
        this.name = Objects.requireNonNull(name).strip();
        this.description = Text.optional(description);
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
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
