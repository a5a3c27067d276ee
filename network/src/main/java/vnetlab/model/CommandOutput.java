package vnetlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a real command would print for the lab, so that a learner can compare with a real system: a table such as
 * {@code kubectl get svc}, or text such as {@code docker network inspect}.
 *
 * <pre>{@code
 * k8s.get("svc")
 * // NAME         TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)
 * // kubernetes   ClusterIP   10.96.0.1      <none>        443/TCP
 * }</pre>
 *
 * @param command the command it stands for, e.g. {@code kubectl get svc}
 * @param header  the table's column names; empty for plain text
 * @param rows    the table's rows; empty for plain text
 * @param text    the whole output as the command prints it
 */
public record CommandOutput(String command, List<String> header, List<List<String>> rows, String text) {
    /** Copies. */
    public CommandOutput {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A table printed as kubectl does: columns left-aligned, three spaces apart. */
    static CommandOutput table(String command, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                line.append(i == w.length - 1 ? r.get(i) : String.format("%-" + (w[i] + 3) + "s", r.get(i)));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return new CommandOutput(command, header, rows, b.toString());
    }

    /** Plain text output. */
    static CommandOutput text(String command, String text) {
        return new CommandOutput(command, List.of(), List.of(), text);
    }

    /** The column of this name, top to bottom. */
    public List<String> column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(command + " has no column " + Texts.quote(name) + "; it has " + header);
        }
        return rows.stream().map(r -> r.get(i)).toList();
    }

    /** The output as the command prints it. */
    @Override
    public String toString() {
        return text;
    }
}
