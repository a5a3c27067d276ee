package vnetlab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who can open a connection to whom: a matrix over the lab's endpoints, each refused cell with its reason.
 *
 * <pre>{@code
 * var r = lab.reachability();
 * r.allowed("phone", "web")   // true: bridged VM on the same LAN
 * r.cell("phone", "dev")      // refused: NAT hides dev; no port-forwarding rule for tcp/80
 * }</pre>
 */
public final class Reachability {

    /** One cell: allowed, or the reason and detail of the drop. */
    public record Cell(boolean allowed, Optional<DropReason> reason, String detail) {
        @Override
        public String toString() {
            return allowed ? "allowed" : "refused: " + detail;
        }
    }

    private final String what;
    private final List<String> names;
    private final List<String> ids;
    private final Cell[][] cells;

    Reachability(String what, List<String> names, List<String> ids, Cell[][] cells) {
        this.what = what;
        this.names = List.copyOf(names);
        this.ids = List.copyOf(ids);
        this.cells = cells;
    }

    /** What was tried between every pair, e.g. {@code tcp/80}. */
    public String what() {
        return what;
    }

    /** The endpoints' names, in row (and column) order. */
    public List<String> endpoints() {
        return names;
    }

    /** The endpoints' stable ids, in row order. */
    public List<String> ids() {
        return ids;
    }

    /** The cell from row {@code from} to column {@code to} (0-based). */
    public Cell cell(int from, int to) {
        return cells[from][to];
    }

    /**
     * The cell between two endpoints named (or with ids) {@code from} and {@code to}.
     *
     * @throws IllegalArgumentException if either is not in the matrix
     */
    public Cell cell(String from, String to) {
        return cells[index(from)][index(to)];
    }

    /** Whether {@code from} can open a connection to {@code to}. */
    public boolean allowed(String from, String to) {
        return cell(from, to).allowed();
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            i = ids.indexOf(name);
        }
        if (i < 0) {
            throw new IllegalArgumentException("\"" + name + "\" is not in this reachability matrix; it has "
                    + String.join(", ", names));
        }
        return i;
    }

    /** The number of allowed pairs (not counting an endpoint to itself). */
    public int allowedCount() {
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells.length; j++) {
                if (i != j && cells[i][j].allowed()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The matrix in text: ✓ allowed, a number for each distinct reason, explained below the matrix. */
    @Override
    public String toString() {
        Map<String, Integer> legend = new LinkedHashMap<>();
        int w = "from \\ to".length();
        for (String n : names) {
            w = Math.max(w, n.length());
        }
        StringBuilder out = new StringBuilder("who can open a connection to whom (" + what + ")\n");
        out.append(String.format("%-" + w + "s", "from \\ to"));
        List<Integer> widths = new ArrayList<>();
        for (String n : names) {
            int cw = Math.max(n.length(), 3);
            widths.add(cw);
            out.append("  ").append(String.format("%-" + cw + "s", n));
        }
        out.append('\n');
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format("%-" + w + "s", names.get(i)));
            for (int j = 0; j < names.size(); j++) {
                String mark;
                if (i == j) {
                    mark = "·";
                } else if (cells[i][j].allowed()) {
                    mark = "✓";
                } else {
                    String reason = cells[i][j].reason().map(DropReason::text).orElse("refused");
                    mark = "✗" + legend.computeIfAbsent(reason, r -> legend.size() + 1);
                }
                out.append("  ").append(String.format("%-" + widths.get(j) + "s", mark));
            }
            out.append('\n');
        }
        legend.forEach((reason, n) -> out.append("✗").append(n).append(": ").append(reason).append('\n'));
        return out.toString().replaceAll(" +\n", "\n");
    }
}
