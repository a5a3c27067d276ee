package vnetlab.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks one Java source file and reports each documented declaration as ("Type.member/arity" or "Type", the raw
 * comment). It skips strings and comments and tracks braces to know the enclosing type.
 *
 * <pre>{@code
 * JavadocScanner.scan(source, (key, doc) -> index.put(key, doc));   // "Net.lab/1" → "/** Creates a lab ... *}{@code /"
 * }</pre>
 */
final class JavadocScanner {
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("(\\w+)\\s*\\($");
    private static final Pattern FIELD = Pattern.compile("(\\w+)\\s*(?:=.*)?$", Pattern.DOTALL);

    private record Scope(String name, int depth) {
    }

    private JavadocScanner() {
    }

    static void scan(String src, BiConsumer<String, String> sink) {
        Deque<Scope> types = new ArrayDeque<>();
        int depth = 0;
        String pendingDoc = null;
        String pendingType = null;
        StringBuilder declaration = new StringBuilder();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                if (i + 2 < n && src.charAt(i + 2) == '*' && end - i > 4) {
                    pendingDoc = src.substring(i, end);
                    declaration.setLength(0);
                }
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = skipLiteral(src, i);
                declaration.append(' ');
                continue;
            }
            if (pendingDoc != null) {
                if (c == '(' && declaration.indexOf("(") < 0) {
                    String head = declaration.toString().strip();
                    Matcher type = TYPE.matcher(head);
                    if (type.find()) { // a record's header
                        report(sink, types, type.group(1), null, pendingDoc);
                        pendingType = type.group(1);
                    } else {
                        Matcher method = METHOD.matcher(head + "(");
                        if (method.find()) {
                            int close = matching(src, i);
                            String params = src.substring(i + 1, Math.max(i + 1, close));
                            report(sink, types, method.group(1), Javadocs.arity(params.replaceAll("@\\w+\\s*", "")),
                                    pendingDoc);
                        }
                    }
                    pendingDoc = null;
                } else if (c == '{' || c == ';') {
                    String head = declaration.toString().strip();
                    Matcher type = TYPE.matcher(head);
                    if (type.find()) {
                        report(sink, types, type.group(1), null, pendingDoc);
                        pendingType = type.group(1);
                    } else if (c == ';' || head.contains("=")) {
                        Matcher field = FIELD.matcher(head.contains("=") ? head.substring(0, head.indexOf('='))
                                .strip() : head);
                        if (field.find()) {
                            report(sink, types, field.group(1), null, pendingDoc);
                        }
                    }
                    pendingDoc = null;
                } else {
                    declaration.append(c);
                }
            } else if (pendingType == null) {
                declaration.append(c);
                if (c == '{' || c == ';' || c == '}') {
                    Matcher type = TYPE.matcher(declaration);
                    if (c == '{' && type.find()) {
                        pendingType = type.group(1);
                    }
                    declaration.setLength(0);
                }
            }
            if (c == '{') {
                depth++;
                if (pendingType != null) {
                    types.push(new Scope(pendingType, depth));
                    pendingType = null;
                }
                declaration.setLength(0);
            } else if (c == '}') {
                while (!types.isEmpty() && types.peek().depth() == depth) {
                    types.pop();
                }
                depth--;
                declaration.setLength(0);
            } else if (c == ';' && pendingType == null) {
                declaration.setLength(0);
            }
            i++;
        }
    }

    private static void report(BiConsumer<String, String> sink, Deque<Scope> types, String name, Integer arity,
                               String doc) {
        String owner = types.isEmpty() ? null : types.peek().name();
        if (arity == null && owner == null) {
            sink.accept(name, doc); // a top-level type
            return;
        }
        if (arity == null && Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase())) {
            sink.accept(name, doc); // a nested type
            return;
        }
        String key = (owner == null ? name : owner + "." + name);
        sink.accept(arity == null ? key : key + "/" + arity, doc);
        if (arity != null) {
            sink.accept(key, doc);
        }
    }

    private static int skipLiteral(String src, int start) {
        char quote = src.charAt(start);
        if (quote == '"' && src.startsWith("\"\"\"", start)) {
            int end = src.indexOf("\"\"\"", start + 3);
            return end < 0 ? src.length() : end + 3;
        }
        int i = start + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int matching(String src, int open) {
        int depth = 0;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return src.length();
    }
}
