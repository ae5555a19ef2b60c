package se.samspar.web.transfer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.transfer.api.AgreementExports;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.api.ImportPreview;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.api.ImportRequest;
import se.samspar.web.faces.Downloads;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

/**
 * /import: without an agreement, a file becomes a new agreement (administrators and coordinators); with
 * {@code ?agreement=…}, its activities are added to that agreement (its coordinators), and the agreement is
 * exported (its coordinators and administrators). An upload is checked and previewed, writing nothing; the
 * file's bytes stay in the view until the user confirms or cancels. Every refusal lists each problem with its
 * place; a file over the configured size is refused before it is read.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "upload";

    @Inject
    AgreementImports imports;
    @Inject
    AgreementExports exports;
    @Inject
    AgreementQueries agreements;
    @Inject
    Language language;

    private String agreement;
    private Long targetId;
    private String targetTitle;
    private transient Part file;
    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private List<Problem> problems = List.of();
    private Long importedId;

    /** A problem of a refused file: where, as the user finds it (sheet, row and column; or JSON path), and what. */
    public record Problem(String where, String message) {
    }

    /** f:viewAction: 404 for an unknown agreement, 403 for anyone who may neither import nor export here. */
    public void load() {
        if (agreement != null) {
            AgreementStructure s = ViewParameters.agreement(agreements, agreement);
            if (s == null) {
                return;
            }
            targetId = s.agreement().id();
            targetTitle = s.agreement().title();
            if (!imports.mayImport(targetId) && !exports.mayExport(targetId)) {
                ViewParameters.refuse(403);
            }
        } else if (!imports.mayImport(null)) {
            ViewParameters.refuse(403);
        }
    }

    public void upload() {
        clear();
        if (file == null || file.getSize() == 0) {
            FormMessages.refuse(InvalidInput.of("file", "samspar.required"), FORM, language.getLocale());
            return;
        }
        String name = baseName(file.getSubmittedFileName());
        if (file.getSize() > imports.maxBytes()) {
            // Refused before a byte is read.
            refused(new ImportRefused(name, List.of(new FieldProblem("$", "samspar.import.tooLarge",
                    Map.of("max", imports.maxBytes())))));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes(imports.maxBytes() + 1);
            preview = imports.preview(new ImportRequest(name, bytes, targetId));
            fileName = name;
            content = bytes;
        } catch (ImportRefused e) {
            refused(e);
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
        } catch (IOException e) {
            refused(new ImportRefused(name, List.of(new FieldProblem("$", "samspar.import.xlsx.malformed"))));
        }
    }

    public void confirm() {
        if (content == null) {
            return;
        }
        try {
            importedId = imports.importFile(new ImportRequest(fileName, content, targetId));
            clear();
            FormMessages.info(FORM, language.text("import.done"));
        } catch (ImportRefused e) {
            refused(e);
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        preview = null;
        content = null;
        fileName = null;
        importedId = null;
        problems = List.of();
    }

    private void refused(ImportRefused e) {
        problems = e.problems().stream().map(p -> new Problem(where(p.field()), p.message(language.getLocale()))).toList();
        fileName = e.file();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                MessageFormat.format(language.text("import.refused"), e.file(), problems.size()), null));
        faces.validationFailed();
    }

    /** A problem's place in words: a cell as sheet, row and column; a sheet; a JSON path; or the whole file. */
    String where(String field) {
        if (field == null || field.isEmpty() || "$".equals(field)) {
            return language.text("import.where.file");
        }
        int bang = field.indexOf('!');
        if (bang > 0) {
            String cell = field.substring(bang + 1);
            String column = cell.replaceAll("\\d", "");
            return MessageFormat.format(language.text("import.where.cell"), field.substring(0, bang),
                    cell.substring(column.length()), column);
        }
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(field);
        if (line.matches()) { // where the JSON parser stopped
            return MessageFormat.format(language.text("import.where.line"), line.group(1), line.group(2));
        }
        if (field.matches("[\\p{L} ]+")) {
            return MessageFormat.format(language.text("import.where.sheet"), field);
        }
        return MessageFormat.format(language.text("import.where.path"), field);
    }

    private static String baseName(String submitted) {
        String name = submitted == null ? "" : submitted;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    public void downloadTemplate() throws IOException {
        Downloads.send(exports.xlsxTemplate(), "samspar-mall.xlsx");
    }

    public void downloadJson() throws IOException {
        Downloads.send(exports.json(targetId), "samspar-overenskommelse-" + targetId + ".json");
    }

    public void downloadXlsx() throws IOException {
        Downloads.send(exports.xlsx(targetId), "samspar-overenskommelse-" + targetId + ".xlsx");
    }

    /** The size limit in megabytes, as the language writes numbers. */
    public String getMaxSize() {
        return new MessageFormat("{0,number,#.#} MB", language.getLocale())
                .format(new Object[] {imports.maxBytes() / (1024.0 * 1024.0)});
    }

    /** Names in a list as a sentence shows them; "none" for none. */
    public String joined(List<String> names) {
        return names == null || names.isEmpty() ? language.text("import.none") : String.join(", ", names);
    }

    public boolean isMayImport() {
        return imports.mayImport(targetId);
    }

    public boolean isMayExport() {
        return targetId != null && exports.mayExport(targetId);
    }

    public String getAgreement() { return agreement; }
    public void setAgreement(String v) { agreement = v; }
    public Long getTargetId() { return targetId; }
    public String getTargetTitle() { return targetTitle; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public String getFileName() { return fileName; }
    public ImportPreview getPreview() { return preview; }
    public List<Problem> getProblems() { return problems; }
    public Long getImportedId() { return importedId; }
}
