package se.samspar.transfer.api;

import java.util.List;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;

/** An agreement file refused whole: names the file and, per problem, the JSON path. */
public class ImportRefused extends InvalidInput {
    private static final long serialVersionUID = 1L;
    private final String file;

    public ImportRefused(String file, List<FieldProblem> problems) {
        super(problems);
        this.file = file;
    }

    public String file() {
        return file;
    }

    @Override
    public String getMessage() {
        return file + ": " + super.getMessage();
    }
}
