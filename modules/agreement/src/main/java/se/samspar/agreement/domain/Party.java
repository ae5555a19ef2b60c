package se.samspar.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import se.samspar.platform.api.Text;

/** An organisation's membership of one agreement (part, samverkanspart). */
@Entity
@Table(name = "AGR_PARTY")
public class Party {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long agreementId;
    private long organisationId;
    private String signatoryName;
    private String signatoryTitle;
    private LocalDate signedOn;
    private String contactPerson;
    @Column(name = "SORT_ORDER")
    private int order;
    @Version
    private long version;

    protected Party() {
    }

    public Party(long agreementId, long organisationId, int order) {
        this.agreementId = agreementId;
        this.organisationId = organisationId;
        this.order = order;
    }

    public void sign(String signatoryName, String signatoryTitle, LocalDate signedOn, String contactPerson) {
        this.signatoryName = Text.optional(signatoryName);
        this.signatoryTitle = Text.optional(signatoryTitle);
        this.signedOn = signedOn;
        this.contactPerson = Text.optional(contactPerson);
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public long organisationId() {
        return organisationId;
    }

    public String signatoryName() {
        return signatoryName;
    }

    public String signatoryTitle() {
        return signatoryTitle;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public int order() {
        return order;
    }

    public long version() {
        return version;
    }
}
