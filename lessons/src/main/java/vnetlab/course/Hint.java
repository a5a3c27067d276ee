package vnetlab.course;

import vnetlab.diagram.Html;

/**
 * One hint for an exercise: hints come in order, each a little closer to the answer.
 *
 * <pre>{@code
 * hint("2.1")      // the next hint: 1 of 3, then 2 of 3, ...
 * hint("2.1", 3)   // hint 3 directly
 * }</pre>
 *
 * @param exercise the exercise's id
 * @param number   which hint this is, from 1
 * @param of       how many hints the exercise has
 * @param text     the hint
 */
public record Hint(String exercise, int number, int of, String text) {

    /**
     * The hint as the notebook shows it.
     *
     * <pre>{@code
     * hint("2.1").text()
     * }</pre>
     *
     * @return "Hint n/m for id: text", plus where the next hint is
     */
    @Override
    public String toString() {
        String more = number < of ? "\n(hint(\"" + exercise + "\") again for the next hint)" : "\n(that was the last hint)";
        return "Hint " + number + "/" + of + " for " + exercise + ": " + text + more;
    }

    /**
     * The hint as an HTML fragment.
     *
     * <pre>{@code
     * hint("2.1").html()
     * }</pre>
     *
     * @return an HTML fragment
     */
    public String html() {
        return "<div class=\"vnetlab-hint\"><b>Hint " + number + "/" + of + " for " + Html.escape(exercise) + ":</b> "
                + Html.escape(text) + "</div>";
    }
}
