package vnetlab.kernel;

/**
 * Escapes text for HTML output.
 *
 * <pre>{@code
 * Html.escape("a < b")   // "a &lt; b"
 * }</pre>
 */
final class Html {
    private Html() {
    }

    static String escape(Object value) {
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
