package se.samspar.transfer.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyEditing;
import se.samspar.agreement.api.PriorityAreaEditing;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.Guarded;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.Roles;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.api.ImportPreview;
import se.samspar.transfer.api.ImportPreview.FileKind;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.api.ImportRequest;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.PreviewOf;
import se.samspar.transfer.domain.TargetMatch;

/**
 * {@link AgreementImports}: the file is read and checked whole (JSON by {@link AgreementFileReader}, the
 * workbook by {@link XlsxAgreementReader} and then the same checks), then written through the agreement and
 * action-plan services ({@link AgreementWriter}), all in one transaction, so a refusal at any step leaves
 * nothing behind, audit rows included. A preview runs the very same steps and rolls back
 * ({@link ImportTransactions}), so it finds every problem the import would, the services' own included.
 */
@ApplicationScoped
@Guarded
public class AgreementImportService implements AgreementImports {
    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    Validator validator;
    @Inject
    OrganisationService organisations;
    @Inject
    AgreementEditing agreementEditing;
    @Inject
    PartyEditing partyEditing;
    @Inject
    PriorityAreaEditing areaEditing;
    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityEditing activityEditing;
    @Inject
    StatusUpdates statusUpdates;
    @Inject
    CallerContext callers;
    @Inject
    se.samspar.coordination.api.CoordinationFunctions coordinationFunctions;
    @Inject
    se.samspar.coordination.api.MeetingEditing meetingEditing;
    @Inject
    se.samspar.coordination.api.DecisionEditing decisionEditing;
    @Inject
    se.samspar.coordination.api.ActivityLinks activityLinks;
    @Inject
    ImportTransactions transactions;
    @Inject
    @ConfigProperty(name = MAX_BYTES_SETTING, defaultValue = "" + MAX_BYTES)
    int maxBytes;

    /** A file read and checked, with where its JSON paths came from (null for a JSON file). */
    private record Checked(String fileName, FileKind kind, AgreementFile file, Places places, AgreementStructure target,
                           TargetMatch.Ids ids) {
    }

    @Override
    @Transactional
    public long importAgreement(String fileName, InputStream json) {
        return writer()
                .write(fileName, new AgreementFileReader(jsonb, validator, maxBytes).read(fileName, json));
    }

    /** One writer per import: it keeps the ids the file's keys stand for. */
    private AgreementWriter writer() {
        return new AgreementWriter(organisations, agreementEditing, partyEditing, areaEditing, agreements,
                activityEditing, statusUpdates, new CoordinationWriter(coordinationFunctions, meetingEditing, decisionEditing, activityLinks));
    }

    @Override
    public int maxBytes() {
        return maxBytes;
    }

    @Override
    public boolean mayImport(Long intoAgreementId) {
        Caller c = callers.current();
        return intoAgreementId == null ? c.isAdministrator() || c.hasRole(Roles.COORDINATOR)
                : c.coordinates(intoAgreementId);
    }

    @Override
    public ImportPreview preview(ImportRequest request) {
        Caller caller = allowed(request);
        try {
            transactions.run(() -> callers.runAs(onBehalf(caller), (Supplier<Long>) () -> {
                Checked checked = check(request);
                var existing = organisations.all().stream().map(o -> o.name().strip().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
                ImportPreview preview = PreviewOf.of(checked.fileName(), checked.kind(), checked.file(), checked.target(),
                        existing);
                write(checked);
                throw new ImportTransactions.DryRun(preview);
            }));
            throw new IllegalStateException("a preview always rolls back");
        } catch (ImportTransactions.DryRun done) {
            return (ImportPreview) done.result;
        }
    }

    @Override
    public long importFile(ImportRequest request) {
        Caller caller = allowed(request);
        return transactions.run(() -> callers.runAs(onBehalf(caller), (Supplier<Long>) () -> write(check(request))));
    }

    private Caller allowed(ImportRequest request) {
        AccessDenied.unless(mayImport(request.intoAgreementId()), request.intoAgreementId() == null ? "import agreements"
                : "import activities into agreement " + request.intoAgreementId());
        return callers.current();
    }

    /**
     * The caller with the system's rights, once the import itself is allowed: organisations, parties of the new
     * agreement (whose coordinator rights would count only from the next request) and status history are
     * written as the file says. The username stays, so the audit trail names who imported.
     */
    private static Caller onBehalf(Caller c) {
        return new Caller(c.username(), c.displayName(), c.organisationId(), c.roles(), c.coordinatorOf(), true);
    }

    private Checked check(ImportRequest request) {
        String name = request.fileName() == null || request.fileName().isBlank() ? "?" : request.fileName().strip();
        byte[] bytes = request.content();
        if (bytes.length > maxBytes) {
            throw refused(name, "samspar.import.tooLarge", Map.of("max", maxBytes));
        }
        if (bytes.length == 0) {
            throw refused(name, "samspar.import.empty", Map.of());
        }
        AgreementStructure target = request.intoAgreementId() == null ? null
                : agreements.structure(request.intoAgreementId())
                .orElseThrow(() -> new NotFound("Agreement", request.intoAgreementId()));
        AgreementFileReader reader = new AgreementFileReader(jsonb, validator, maxBytes);
        boolean workbook = SafeWorkbook.isZip(bytes) || name.toLowerCase(Locale.ROOT).matches(".*\\.xls[a-z]?$");
        AgreementFile file;
        Places places = null;
        if (workbook) {
            XlsxAgreementReader.Read read = XlsxAgreementReader.read(name, bytes, target);
            places = read.places();
            file = reader.checked(name, read.file(), read.places()::at);
        } else {
            file = reader.read(name, new ByteArrayInputStream(bytes));
        }
        TargetMatch.Ids ids = null;
        if (target != null) {
            TargetMatch.Result match = TargetMatch.match(file, target);
            if (!match.problems().isEmpty()) {
                throw new ImportRefused(name, at(places, match.problems()));
            }
            ids = match.ids();
        }
        return new Checked(name, workbook ? FileKind.XLSX : FileKind.JSON, file, places, target, ids);
    }

    private long write(Checked c) {
        AgreementWriter writer = writer();
        try {
            return c.target() == null ? writer.write(c.fileName(), c.file())
                    : writer.writeActivities(c.fileName(), c.file(), c.target().agreement().id(), c.ids());
        } catch (ImportRefused e) {
            throw c.places() == null ? e : new ImportRefused(c.fileName(), at(c.places(), e.problems()));
        }
    }

    private static List<FieldProblem> at(Places places, List<FieldProblem> problems) {
        return places == null ? problems : problems.stream().map(places::at).toList();
    }

    private static ImportRefused refused(String fileName, String key, Map<String, Object> arguments) {
        return new ImportRefused(fileName, List.of(new FieldProblem("$", key, arguments)));
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
