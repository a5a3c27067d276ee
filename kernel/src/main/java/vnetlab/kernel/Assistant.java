package vnetlab.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Helps while typing: completion (tab), inspection (shift-tab: signature and our own Javadoc) and whether the
 * input is complete (for consoles), all from JShell's analysis of the current snippet.
 *
 * <p>Jupyter counts cursor positions in Unicode code points; Java strings in UTF-16 units: converted here.
 *
 * <pre>{@code
 * assistant.complete("Net.la", 6)   // matches ["lab("], cursor_start 4
 * }</pre>
 */
final class Assistant {
    private final Evaluator evaluator;
    private final SourceCodeAnalysis analysis;
    private final CellSplitter splitter;
    private final Javadocs javadocs = new Javadocs();

    Assistant(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.analysis = evaluator.analysis();
        this.splitter = new CellSplitter(analysis);
    }

    /** The complete_reply content for a cursor position in code points. */
    JsonObject complete(String code, int cursorCodePoints) {
        int cursor = toUtf16(code, cursorCodePoints);
        int start = snippetStart(code, cursor);
        String snippet = code.substring(start, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(snippet, snippet.length(),
                anchor);
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        JsonObject reply = Kernel.ok();
        JsonArray array = new JsonArray();
        matches.forEach(array::add);
        reply.add("matches", array);
        reply.addProperty("cursor_start", toCodePoints(code, start + anchor[0]));
        reply.addProperty("cursor_end", cursorCodePoints);
        reply.add("metadata", new JsonObject());
        return reply;
    }

    /** The inspect_reply content: the signatures at the cursor, each with its Javadoc when we have it. */
    JsonObject inspect(String code, int cursorCodePoints) {
        int cursor = toUtf16(code, cursorCodePoints);
        int start = snippetStart(code, cursor);
        String snippet = code.substring(start, cursor);
        int end = cursor;
        while (cursor > 0 && Character.isJavaIdentifierPart(code.charAt(cursor - 1)) && end < code.length()
                && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++; // the cursor is inside a name: inspect the whole name
        }
        while (end < code.length() && code.charAt(end) == ' ') {
            end++;
        }
        String upToWord = end < code.length() && code.charAt(end) == '('
                ? code.substring(start, end + 1) // "Lamp.named(": JShell documents invocations
                : code.substring(start, end).stripTrailing();
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(upToWord, upToWord.length(), true);
        if (docs.isEmpty() && !upToWord.endsWith("(")) {
            docs = analysis.documentation(upToWord + "(", upToWord.length() + 1, true); // "Math.max" as a call
        }
        if (docs.isEmpty() && !snippet.equals(upToWord)) {
            docs = analysis.documentation(snippet, snippet.length(), true);
        }
        JsonObject reply = Kernel.ok();
        JsonObject data = new JsonObject();
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(CellErrors.BOLD).append(doc.signature()).append(CellErrors.RESET);
            String javadoc = doc.javadoc() != null ? Javadoc.tidy(doc.javadoc())
                    : javadocs.find(doc.signature()).orElse(null);
            if (javadoc != null && !javadoc.isBlank()) {
                text.append("\n").append(javadoc.strip());
            }
        }
        reply.addProperty("found", !docs.isEmpty());
        if (!docs.isEmpty()) {
            data.addProperty("text/plain", text.toString());
        }
        reply.add("data", data);
        reply.add("metadata", new JsonObject());
        return reply;
    }

    /** The is_complete_reply content: complete, incomplete (with an indent hint) or invalid. */
    JsonObject isComplete(String code) {
        JsonObject reply = new JsonObject();
        if (code.stripLeading().startsWith("%")) { // a magic: its line is complete as typed
            reply.addProperty("status", code.stripLeading().startsWith("%%") && !code.contains("\n")
                    ? "incomplete" : "complete");
            if (reply.get("status").getAsString().equals("incomplete")) {
                reply.addProperty("indent", "");
            }
            return reply;
        }
        String rest = code;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c.isComplete() && !parses(info.source())) {
                reply.addProperty("status", "invalid"); // complete but not Java: "int x = ;"
                return reply;
            }
            if (c == Completeness.EMPTY || (c.isComplete() && info.remaining().isBlank())) {
                reply.addProperty("status", "complete");
                return reply;
            }
            if (c.isComplete()) {
                rest = info.remaining();
                continue;
            }
            if (c == Completeness.UNKNOWN) {
                reply.addProperty("status", "invalid");
                return reply;
            }
            reply.addProperty("status", "incomplete");
            reply.addProperty("indent", indent(code));
            return reply;
        }
    }

    /**
     * Whether a complete snippet is syntactically Java: it parses (javac's parser only, nothing is compiled or run)
     * as a top-level import, as a member of a class, as statements in a method or as an expression, which are
     * where JShell puts snippets. Unknown names are fine here; {@code int x = ;} is not.
     */
    static boolean parses(String source) {
        if (source == null || source.isBlank()) {
            return true;
        }
        return parsesAs(source + "\nclass $W {}") || parsesAs("class $W {\n" + source + "\n}")
                || parsesAs("class $W { void $m() throws Throwable {\n" + source + "\n;} }")
                || parsesAs("class $W { Object $v = (" + source.strip().replaceAll(";$", "") + "\n); }");
    }

    private static boolean parsesAs(String unit) {
        javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
        javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> diagnostics = new javax.tools.DiagnosticCollector<>();
        javax.tools.JavaFileObject file = new javax.tools.SimpleJavaFileObject(java.net.URI.create("string:///W.java"),
                javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return unit;
            }
        };
        try {
            var task = (com.sun.source.util.JavacTask) compiler.getTask(null, null, diagnostics,
                    List.of("-proc:none"), null, List.of(file));
            task.parse();
        } catch (java.io.IOException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR);
    }

    /** The indent for the next line: the last line's indent, four spaces more after an opening bracket. */
    static String indent(String code) {
        String[] lines = code.split("\n", -1);
        String last = "";
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                last = lines[i];
                break;
            }
        }
        String current = last.substring(0, last.length() - last.stripLeading().length());
        int open = 0;
        for (char ch : last.toCharArray()) {
            if (ch == '{' || ch == '(' || ch == '[') {
                open++;
            } else if (ch == '}' || ch == ')' || ch == ']') {
                open--;
            }
        }
        return open > 0 ? current + "    " : current;
    }

    private int snippetStart(String code, int cursor) {
        List<CellSplitter.Piece> pieces = splitter.split(code.substring(0, cursor));
        if (pieces.isEmpty()) {
            return cursor;
        }
        CellSplitter.Piece last = pieces.get(pieces.size() - 1);
        String typed = code.substring(last.offset(), cursor).strip();
        return last.closed() && (typed.endsWith(";") || typed.endsWith("}")) ? cursor : last.offset();
    }

    static int toUtf16(String code, int codePoints) {
        int cps = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, cps);
    }

    static int toCodePoints(String code, int utf16) {
        return code.codePointCount(0, Math.max(0, Math.min(utf16, code.length())));
    }
}
