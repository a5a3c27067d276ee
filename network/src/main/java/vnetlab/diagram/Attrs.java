package vnetlab.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graphviz attributes of one node, edge or cluster, written in the order they were set so DOT is deterministic.
 *
 * <pre>{@code
 * Attrs.of("shape", "box").and("label", "laptop")   // [shape="box", label="laptop"]
 * }</pre>
 */
public final class Attrs {
    private final Map<String, String> quoted = new LinkedHashMap<>();
    private final Map<String, Boolean> html = new LinkedHashMap<>();

    private Attrs() {
    }

    /** An empty attribute list. */
    public static Attrs none() {
        return new Attrs();
    }

    /** One attribute whose value is written as a quoted DOT string. */
    public static Attrs of(String key, String value) {
        return new Attrs().and(key, value);
    }

    /** Adds (or replaces) a quoted attribute and returns this list. */
    public Attrs and(String key, String value) {
        quoted.put(key, value);
        html.put(key, false);
        return this;
    }

    /** Adds (or replaces) an HTML-like label ({@code <...>}); {@code markup} must already be escaped. */
    public Attrs html(String key, String markup) {
        quoted.put(key, markup);
        html.put(key, true);
        return this;
    }

    /** Adds every attribute of {@code other} (later values win). */
    public Attrs and(Attrs other) {
        other.quoted.forEach((k, v) -> {
            quoted.put(k, v);
            html.put(k, other.html.get(k));
        });
        return this;
    }

    boolean isEmpty() {
        return quoted.isEmpty();
    }

    /** The attribute's value as set, or null when unset (package-internal lookups only). */
    String value(String key) {
        return quoted.get(key);
    }

    void writeTo(StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Map.Entry<String, String> e : quoted.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(e.getKey()).append('=');
            if (html.get(e.getKey())) {
                out.append('<').append(e.getValue()).append('>');
            } else {
                out.append(quote(e.getValue()));
            }
        }
        out.append(']');
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, newlines as DOT's centred line break. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Escapes text for an HTML-like label. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("<BR/>");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
