package vnetlab.model.compose;

/**
 * A problem in an imported file, located where the parser found it: {@code compose.yaml:7:9: …; fix}.
 *
 * <pre>{@code
 * docker.compose("services:\n  web:\n    ports: [\"80:80:80\"]\n")
 * // fails: compose.yaml:3:13: port "80:80:80" has three parts ...
 * }</pre>
 */
public final class ImportProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String where;

    /** A problem at {@code where} (file:line:column), in one line with its fix. */
    public ImportProblem(String where, String message) {
        super(where + ": " + message);
        this.where = where;
    }

    /** The file, line and column, e.g. {@code compose.yaml:7:9}. */
    public String where() {
        return where;
    }
}
