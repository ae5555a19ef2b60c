package se.samspar.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.platform.api.Text;

@Entity
@Table(name = "AGR_ORGANISATION")
public class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING)
    @Column(name = "ORG_TYPE")
    private OrganisationType type;
    @Column(name = "ORG_NUMBER")
    private String organisationNumber;
    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String shortName, OrganisationType type, String organisationNumber) {
        describe(name, shortName, type, organisationNumber);
    }

    public final void describe(String name, String shortName, OrganisationType type, String organisationNumber) {
        this.name = Objects.requireNonNull(name).strip();
        this.shortName = Text.optional(shortName);
        this.type = Objects.requireNonNull(type);
        this.organisationNumber = Text.optional(organisationNumber);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public OrganisationType type() {
        return type;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public long version() {
        return version;
    }
}
