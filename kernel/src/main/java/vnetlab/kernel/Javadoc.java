package vnetlab.kernel;

/**
 * Turns a raw Javadoc comment into the near-raw text shift-tab shows: no comment markers, code blocks
 * indented, inline tags reduced to their text.
 *
 * <pre>{@code
 * Javadoc.plain("/** Creates a lab.\n * <pre>{@code var lab = Net.lab(\"x\");}</pre>\n *}{@code /")
 * // "Creates a lab.\n\n    var lab = Net.lab(\"x\");"
 * }</pre>
 */
final class Javadoc {
    private Javadoc() {
    }

    static String plain(String comment) {
        String body = comment.strip();
        if (body.startsWith("/**")) {
            body = body.substring(3);
        }
        if (body.endsWith("*/")) {
            body = body.substring(0, body.length() - 2);
        }
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String raw : body.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("*")) {
                line = raw.substring(raw.indexOf('*') + 1);
                if (line.startsWith(" ")) {
                    line = line.substring(1);
                }
            } else {
                line = raw.strip();
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("<pre>{@code")) {
                inCode = true;
                out.append('\n');
                String rest = trimmed.substring("<pre>{@code".length()).strip();
                if (!rest.isEmpty()) {
                    out.append("    ").append(rest).append('\n');
                }
                continue;
            }
            if (inCode && trimmed.startsWith("}</pre>")) {
                inCode = false;
                out.append('\n');
                continue;
            }
            if (inCode) {
                out.append("    ").append(line.stripTrailing()).append('\n');
                continue;
            }
            String text = inline(line.stripTrailing());
            if (text.startsWith("<p>")) {
                out.append('\n');
                text = text.substring(3).strip();
            }
            out.append(text).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Tidies Javadoc text JShell found for a JDK element (markers already gone): inline tags reduced. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append(inline(line.startsWith(" ") ? line.substring(1) : line).stripTrailing()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String inline(String line) {
        return line.replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@link(?:plain)? #?([^} ]*)(?: [^}]*)?}", "$1")
                .replace('#', '.')
                .replaceAll("</?(?:b|i|em|strong|tt|code)>", "");
    }
}
