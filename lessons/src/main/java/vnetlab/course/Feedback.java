package vnetlab.course;

import vnetlab.diagram.Html;

import java.util.List;
import java.util.Objects;

/**
 * What a check found in your lab: whether the exercise passed, what is right, what is not yet, and which idea to revisit.
 *
 * <pre>{@code
 * check("2.1")            // works: shows ✔ for each thing that is right and ✘ for each that is not yet
 * check("2.1").passed()   // true once every condition holds
 * }</pre>
 *
 * @param exercise the exercise's id, such as {@code "2.1"}
 * @param title    the exercise's title
 * @param passed   true when every condition of the exercise holds
 * @param right    what the check found correct, in the learner's words
 * @param wrong    what is not yet correct, each with what was expected and what was found
 * @param revisit  the idea or notebook section to reread when something is wrong; empty when passed
 */
public record Feedback(String exercise, String title, boolean passed, List<String> right, List<String> wrong,
                       String revisit) {

    /** Validates and copies the lists, so a feedback never changes after it is shown. */
    public Feedback {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(title, "title");
        right = List.copyOf(right);
        wrong = List.copyOf(wrong);
        revisit = revisit == null ? "" : revisit;
        if (passed && !wrong.isEmpty()) {
            throw new IllegalArgumentException("Feedback for " + exercise + " cannot pass with things still wrong: " + wrong);
        }
    }

    /**
     * The feedback as plain text, one line per finding, the way the notebook shows it.
     *
     * <pre>{@code
     * check("2.1").text()   // "✔ 2.1 Bridge a file server: passed\n  ✔ ..."
     * }</pre>
     *
     * @return the lines joined with newlines
     */
    public String text() {
        var out = new StringBuilder();
        out.append(passed ? "✔ " : "✘ ").append(exercise).append(' ').append(title)
           .append(passed ? ": passed" : ": not yet").append('\n');
        right.forEach(line -> out.append("  ✔ ").append(line).append('\n'));
        wrong.forEach(line -> out.append("  ✘ ").append(line).append('\n'));
        if (!passed && !revisit.isEmpty()) {
            out.append("  → Revisit: ").append(revisit).append('\n');
        }
        if (!passed) {
            out.append("  (hint(\"").append(exercise).append("\") gives a hint)\n");
        }
        return out.toString().stripTrailing();
    }

    /**
     * The feedback as an HTML fragment for notebooks that render HTML.
     *
     * <pre>{@code
     * check("2.1").html()   // "<div class=\"vnetlab-feedback\">..."
     * }</pre>
     *
     * @return an HTML fragment with the same content as {@link #text()}
     */
    public String html() {
        var out = new StringBuilder();
        out.append("<div class=\"vnetlab-feedback\"><p><b style=\"color:")
           .append(passed ? "#1a7f37\">✔ " : "#b35900\">✘ ")
           .append(Html.escape(exercise + " " + title)).append(passed ? ": passed" : ": not yet")
           .append("</b></p><ul style=\"list-style:none;padding-left:1em\">");
        right.forEach(line -> out.append("<li>✔ ").append(Html.escape(line)).append("</li>"));
        wrong.forEach(line -> out.append("<li>✘ ").append(Html.escape(line)).append("</li>"));
        out.append("</ul>");
        if (!passed && !revisit.isEmpty()) {
            out.append("<p>→ Revisit: ").append(Html.escape(revisit)).append("</p>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
