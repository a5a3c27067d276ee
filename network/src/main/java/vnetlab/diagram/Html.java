package vnetlab.diagram;

/**
 * Escapes text for the HTML the notebook shows (tables, feedback, hints): the one escaper of the course's HTML.
 * Graphviz's HTML-like labels have their own rules ({@code Attrs}).
 *
 * <pre>{@code
 * Html.escape("a < b")   // "a &lt; b"
 * }</pre>
 */
public final class Html {
    private Html() {
    }

    /** The text of {@code value} with {@code < > & "} escaped. */
    public static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
