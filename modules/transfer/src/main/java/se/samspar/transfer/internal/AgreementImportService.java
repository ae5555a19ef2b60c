package se.samspar.transfer.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.InputStream;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.transfer.api.AgreementImports;

/**
 * {@link AgreementImports}: the file is read and checked whole ({@link AgreementFileReader}), then
 * written through the agreement and action-plan services ({@link AgreementWriter}), all in one
 * transaction, so a refusal at any step leaves nothing behind, audit rows included.
 */
@ApplicationScoped
public class AgreementImportService implements AgreementImports {
    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    Validator validator;
    @Inject
    OrganisationService organisations;
    @Inject
    AgreementEditing agreementEditing;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityEditing activityEditing;
    @Inject
    StatusUpdates statusUpdates;

    @Override
    @Transactional
    public long importAgreement(String fileName, InputStream json) {
        return new AgreementWriter(organisations, agreementEditing, agreements, activityEditing, statusUpdates)
                .write(fileName, new AgreementFileReader(jsonb, validator).read(fileName, json));
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Nothing is left to release at shutdown.
        }
    }
}
