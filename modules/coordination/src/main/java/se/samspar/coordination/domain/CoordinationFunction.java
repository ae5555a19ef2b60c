package se.samspar.coordination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import se.samspar.coordination.api.CoordinationFunctionDraft;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/** The coordination function of one agreement (law 2023:196 § 8): who, at which party, and how to reach it. */
@Entity
@Table(name = "COO_FUNCTION")
public class CoordinationFunction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Column(name = "PERSON_NAME")
    private String name;
    private String roleTitle;
    private long partyId;
    private String email;
    private String phone;
    @Version
    private long version;

    protected CoordinationFunction() {
    }

    public CoordinationFunction(long agreementId) {
        this.agreementId = agreementId;
    }

    /** The party must be one of the agreement's ({@code parties}: their ids); any other is refused at its field. */
    public void define(CoordinationFunctionDraft d, Set<Long> parties) {
        if (d.partyId() == null || !parties.contains(d.partyId())) {
            throw InvalidInput.of("partyId", "samspar.unknown");
        }
        this.name = d.name().strip();
        this.roleTitle = Text.optional(d.roleTitle());
        this.partyId = d.partyId();
        this.email = Text.optional(d.email());
        this.phone = Text.optional(d.phone());
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public String name() { return name; }
    public String roleTitle() { return roleTitle; }
    public long partyId() { return partyId; }
    public String email() { return email; }
    public String phone() { return phone; }
    public long version() { return version; }
}
