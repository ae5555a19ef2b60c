package se.samspar.transfer.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Guarded;
import se.samspar.platform.api.NotFound;
import se.samspar.transfer.api.AgreementExports;
import se.samspar.transfer.domain.AgreementFile;

/**
 * {@link AgreementExports}: the agreement read in one transaction ({@link ExportedFile}), written as JSON by
 * JSON-B (fields left out when empty, as an author would) or as the workbook ({@link XlsxAgreementWriter}).
 * For the agreement's coordinators and administrators: an export holds the whole status history.
 */
@ApplicationScoped
@Guarded
public class AgreementExportService implements AgreementExports {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    OrganisationService organisations;
    @Inject
    CallerContext callers;
    @Inject
    se.samspar.coordination.api.CoordinationQueries coordination;

    @Override
    public boolean mayExport(long agreementId) {
        Caller c = callers.current();
        return c.isAdministrator() || c.coordinates(agreementId);
    }

    @Override
    @Transactional
    public byte[] json(long agreementId) {
        return jsonb.toJson(file(agreementId)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    @Transactional
    public byte[] xlsx(long agreementId) {
        return XlsxAgreementWriter.write(file(agreementId));
    }

    @Override
    public byte[] xlsxTemplate() {
        return XlsxAgreementWriter.write(null);
    }

    private AgreementFile file(long agreementId) {
        AccessDenied.unless(mayExport(agreementId), "export agreement " + agreementId);
        return ExportedFile.of(agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId)),
                activities, organisations, coordination);
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
