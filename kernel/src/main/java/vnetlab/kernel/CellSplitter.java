package vnetlab.kernel;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a cell into JShell snippets, line by line, so that a line holding a complete expression ends it even
 * without a semicolon (as in {@code lab.trace(phone, web, 80)} on one line, another trace on the next).
 *
 * <p>A line continues the snippet when the snippet is not complete yet or when the next line starts with
 * something that can only continue it ({@code .}, an operator, a closing bracket, {@code else}, {@code catch}…).
 *
 * <pre>{@code
 * splitter.split("var x = 1;\nx + 1\nx + 2")   // three snippets: "var x = 1;", "x + 1", "x + 2"
 * }</pre>
 */
final class CellSplitter {
    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * One snippet of a cell: its source as JShell will see it (a semicolon may have been added), where it
     * starts in the cell, and whether the learner ended it with a semicolon or a block.
     */
    record Piece(String source, int offset, boolean closed) {
    }

    List<Piece> split(String cell) {
        List<Piece> pieces = new ArrayList<>();
        Brackets brackets = Brackets.of(cell);
        int start = 0;          // where the buffer starts in the cell
        int lineEnd;
        int scanFrom = 0;
        while (start < cell.length()) {
            lineEnd = cell.indexOf('\n', scanFrom);
            lineEnd = lineEnd < 0 ? cell.length() : lineEnd + 1;
            String buffer = cell.substring(start, lineEnd);
            boolean last = lineEnd >= cell.length();
            while (!buffer.isBlank()) {
                if (!last && brackets.open(start, lineEnd)) {
                    break; // a bracket, string or comment still open: cannot be complete, spare the analysis
                }
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(buffer);
                Completeness c = info.completeness();
                if (c == Completeness.EMPTY) {
                    start += buffer.length();
                    buffer = "";
                    break;
                }
                if (!c.isComplete()) {
                    if (last) { // let JShell report what is missing
                        pieces.add(new Piece(buffer, start, false));
                        start += buffer.length();
                        buffer = "";
                    }
                    break;
                }
                if (info.remaining().isBlank() && !last && continues(cell, lineEnd)) {
                    break; // e.g. a fluent call chain going on at the next line
                }
                int consumed = buffer.length() - info.remaining().length();
                pieces.add(new Piece(info.source(), start, closed(info.source())));
                start += consumed;
                buffer = info.remaining();
            }
            if (buffer.isBlank()) {
                start = Math.max(start, lineEnd);
            }
            scanFrom = lineEnd;
            if (last) {
                break;
            }
        }
        return pieces;
    }

    /** Whether the learner ended the snippet with a semicolon or a closing brace (comments ignored). */
    static boolean closed(String source) {
        char last = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                char quote = c;
                i++;
                while (i < n && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                last = quote;
                i++;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                last = c;
            }
            i++;
        }
        return last == ';' || last == '}';
    }

    private static final String CONTINUATION_STARTS = ".)]}+-*/%&|^?:,=<>";

    /** Whether the next non-blank line (skipping comment-only lines) can only continue the current snippet. */
    static boolean continues(String cell, int from) {
        int i = from;
        while (i < cell.length()) {
            int end = cell.indexOf('\n', i);
            end = end < 0 ? cell.length() : end;
            String line = cell.substring(i, end).strip();
            i = end + 1;
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("/*") || line.startsWith("*") && !line.startsWith("*=")) {
                continue;
            }
            char first = line.charAt(0);
            return CONTINUATION_STARTS.indexOf(first) >= 0
                    || startsWithWord(line, "else") || startsWithWord(line, "catch")
                    || startsWithWord(line, "finally") || startsWithWord(line, "instanceof");
        }
        return false;
    }

    private static boolean startsWithWord(String line, String word) {
        return line.startsWith(word) && (line.length() == word.length()
                || !Character.isJavaIdentifierPart(line.charAt(word.length())));
    }

    /**
     * Bracket depth and open strings or comments at every position of a cell, found in one pass, so that a long
     * method or class is not re-analysed by JShell at each of its lines (that made splitting quadratic).
     */
    private record Brackets(int[] depth, boolean[] inside) {
        static Brackets of(String cell) {
            int n = cell.length();
            int[] depth = new int[n + 1];
            boolean[] inside = new boolean[n + 1];
            int d = 0;
            int i = 0;
            while (i < n) {
                char c = cell.charAt(i);
                int skip = 1;
                if (c == '/' && i + 1 < n && cell.charAt(i + 1) == '/') {
                    skip = until(cell, i, "\n") - i;
                    mark(inside, i, skip, false);
                } else if (c == '/' && i + 1 < n && cell.charAt(i + 1) == '*') {
                    skip = until(cell, i + 2, "*/") - i;
                    mark(inside, i, skip, true);
                } else if (cell.startsWith("\"\"\"", i)) {
                    skip = quoted(cell, i + 3, "\"\"\"") - i;
                    mark(inside, i, skip, true);
                } else if (c == '"' || c == '\'') {
                    skip = quoted(cell, i + 1, String.valueOf(c)) - i;
                    mark(inside, i, skip, true);
                } else if (c == '(' || c == '{' || c == '[') {
                    d++;
                } else if (c == ')' || c == '}' || c == ']') {
                    d--;
                }
                for (int k = 0; k < skip && i + k < n; k++) {
                    depth[i + k + 1] = d;
                }
                i += skip;
            }
            return new Brackets(depth, inside);
        }

        /** Whether the text from {@code start} to {@code end} leaves a bracket, string or comment open. */
        boolean open(int start, int end) {
            int e = Math.min(end, depth.length - 1);
            return depth[e] > depth[Math.min(start, e)] || inside[e];
        }

        private static int until(String cell, int from, String end) {
            int at = cell.indexOf(end, from);
            return at < 0 ? cell.length() : at + (end.equals("\n") ? 0 : end.length());
        }

        private static int quoted(String cell, int from, String quote) {
            int i = from;
            while (i < cell.length()) {
                if (cell.charAt(i) == '\\') {
                    i += 2;
                    continue;
                }
                if (cell.startsWith(quote, i)) {
                    return i + quote.length();
                }
                if (quote.length() == 1 && cell.charAt(i) == '\n') {
                    return i; // an unterminated literal ends at its line, as javac reads it
                }
                i++;
            }
            return cell.length();
        }

        /** Positions strictly inside a literal or comment are "inside"; its end is inside only when unterminated. */
        private static void mark(boolean[] inside, int from, int length, boolean spansLines) {
            for (int k = from + 1; k < from + length && k < inside.length; k++) {
                inside[k] = spansLines;
            }
        }
    }
}
