package vnetlab.kernel;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a snippet that looks like an expression into a declaration, {@code Object $vnetlab = (expression);},
 * which JShell compiles in one pass instead of two (it analyses every bare expression once just to learn its type
 * for a {@code $1} variable). Measured about twice as fast for {@code 1+1}; see docs/performance.md (Kernel).
 *
 * <p>The guess may be wrong: the caller evaluates the rewritten form, and when it does not compile (a void call,
 * a lambda, a declaration the guess missed) drops it and evaluates the learner's source as written. Nothing runs
 * twice: a form that compiled has run, and one that did not compile has not.
 *
 * <pre>{@code
 * FastPath.rewrite("lab.trace(phone, web, 80)")   // Optional["Object $vnetlab = (lab.trace(phone, web, 80)\n);"]
 * FastPath.rewrite("var x = 1;")                  // Optional.empty()
 * }</pre>
 */
final class FastPath {
    /** The variable the rewritten form declares by default; the evaluator numbers it per cell. */
    static final String VARIABLE = "$vnetlab";

    private static final Set<String> STATEMENT_WORDS = Set.of(
            "if", "for", "while", "do", "switch", "try", "return", "throw", "break", "continue", "synchronized",
            "assert", "import", "class", "interface", "enum", "record", "var", "final", "public", "private",
            "protected", "static", "abstract", "default", "yield", "void", "int", "long", "double", "float",
            "boolean", "char", "byte", "short", "sealed", "non", "strictfp", "native", "transient", "volatile");
    /** "Type name =", "Type<A, B>[] name;", "Type name(" : a declaration, not an expression. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^[A-Za-z_$][\\w$.]*\\s*(<[^;=()]*>)?(\\s*\\[\\s*])*\\s+[A-Za-z_$][\\w$]*\\s*(=|;|,|\\(|:|$)",
            Pattern.DOTALL);
    private static final Pattern FIRST_WORD = Pattern.compile("^([A-Za-z_$][\\w$]*)");

    private FastPath() {
    }

    /** The declaration form of a snippet that looks like an expression; empty when it does not. */
    static Optional<String> rewrite(String source) {
        return rewrite(source, VARIABLE);
    }

    /**
     * The declaration form declaring {@code variable}. The caller gives each cell a fresh name and drops the
     * snippet once its value is taken: re-declaring one name would make JShell redefine its class in place
     * (about 35 ms through the agent) on almost every cell.
     */
    static Optional<String> rewrite(String source, String variable) {
        String s = source.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.isEmpty() || s.contains(";") || s.startsWith("{") || s.startsWith("@") || s.startsWith("/")
                || s.endsWith("}") && !s.endsWith("})")) {
            return Optional.empty(); // statements, blocks, annotations, leading comments: JShell as written
        }
        if (s.startsWith("System.out.") || s.startsWith("System.err.")) {
            return Optional.empty(); // void calls: the form would not compile, save the attempt
        }
        var first = FIRST_WORD.matcher(s);
        if (first.find()) {
            String word = first.group(1);
            if (STATEMENT_WORDS.contains(word)) {
                return Optional.empty();
            }
            if (!word.equals("new") && DECLARATION.matcher(s).find()) {
                return Optional.empty();
            }
        }
        // the closing parenthesis on its own line: a trailing // comment cannot swallow it, line numbers stay
        return Optional.of("Object " + variable + " = (" + s + "\n);");
    }
}
