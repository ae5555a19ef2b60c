package se.samspar.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What a user enters to create an agreement: its details and its parties. */
public record NewAgreement(@NotNull @Valid AgreementDraft agreement, @NotNull List<@NotNull @Valid NewParty> parties) {
    public NewAgreement {
        parties = parties == null ? null : List.copyOf(parties);
    }

    /**
     * A party of a new agreement: a known organisation (its id), or a new organisation created with the
     * agreement (its draft) — exactly one of the two.
     */
    public record NewParty(Long organisationId, @Valid OrganisationDraft newOrganisation) {
    }
}
