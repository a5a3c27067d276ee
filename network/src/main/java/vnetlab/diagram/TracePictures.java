package vnetlab.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.sim.Hop;
import vnetlab.sim.Packet;
import vnetlab.sim.Reachability;
import vnetlab.sim.Steps;
import vnetlab.sim.Trace;
import vnetlab.sim.Verdict;

/**
 * Draws traces (the lab's picture with the path highlighted, numbered, rewrites on the links, the drop marked) and
 * their hop tables, and reachability matrices.
 *
 * <pre>{@code
 * Diagrams.of(lab.trace(phone, laptop, 2222))   // the picture
 * Diagrams.html(lab.trace(phone, laptop, 2222)) // the hop table
 * }</pre>
 */
final class TracePictures {
    private TracePictures() {
    }

    static Optional<Diagram> of(Object value) {
        if (value instanceof Trace trace) {
            return Optional.of(TraceLanes.of(trace));
        }
        if (value instanceof Trace.InLab in) {
            return in.trace().lab().map(lab -> of(in.trace(), lab));
        }
        if (value instanceof Reachability r) {
            return Optional.of(matrix(r));
        }
        if (value instanceof Steps steps) {
            return Optional.of(TraceLanes.of(steps.frame()));
        }
        if (value instanceof Steps.Frame frame) {
            return Optional.of(TraceLanes.of(frame));
        }
        return Optional.empty();
    }

    static Optional<String> html(Object value) {
        if (value instanceof Trace trace) {
            return Optional.of(table(trace).html());
        }
        if (value instanceof Trace.InLab in) {
            return Optional.of(table(in.trace()).html());
        }
        if (value instanceof Reachability r) {
            return Optional.of(matrixTable(r).html());
        }
        return Optional.empty(); // a step's frame carries its headers in the picture: one screen, no table below
    }

    /** The trace drawn on the picture of {@code lab}. */
    static Diagram of(Trace trace, Snapshot lab) {
        return of(trace, trace.hops().size(), lab, trace.summary(), trace.toString());
    }

    private static Diagram of(Trace trace, int shown, Snapshot lab, String title, String text) {
        Scene scene = LabPicture.of(lab);
        List<Scene.Step> steps = new ArrayList<>();
        List<Hop> hops = trace.hops().subList(0, shown);
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            boolean last = i == hops.size() - 1;
            steps.add(new Scene.Step(h.id(), h.where(), h.number(), last && shown < trace.hops().size() ? "" : rewrite(h)));
            if (!h.via().isEmpty() && !last) {
                steps.add(new Scene.Step(h.via(), "", 0, ""));
            }
        }
        String drop = shown == trace.hops().size() ? trace.drop().map(TracePictures::dropText).orElse("") : "";
        scene.path(steps, drop);
        return scene.draw(title, text);
    }

    private static String dropText(Verdict.Drop d) {
        return d.detail() + (d.fix().isEmpty() ? "" : "\nfix: " + d.fix());
    }

    /** What a hop rewrote, in the words of iptables: "DNAT 192.168.1.2:2222 → 10.0.2.15:22". */
    static String rewrite(Hop h) {
        Packet before = h.before();
        Packet after = h.after();
        List<String> parts = new ArrayList<>();
        if (!before.destination().equals(after.destination()) || before.destinationPort() != after.destinationPort()) {
            parts.add("DNAT " + before.to() + " → " + after.to());
        }
        if (!before.source().equals(after.source()) || before.sourcePort() != after.sourcePort()) {
            parts.add("SNAT " + before.from() + " → " + after.from());
        }
        return String.join("\n", parts);
    }

    /** The hop table: number, where, source, destination (with ⇒ for rewrites), what happened (the deciding rule folded). */
    static HtmlTable table(Trace trace) {
        return table(trace, trace.hops().size());
    }

    /** The hop table of the first {@code shown} hops (the reply only when all are shown). */
    static HtmlTable table(Trace trace, int shown) {
        boolean all = shown == trace.hops().size();
        String caption = all ? trace.summary() : trace.title() + ": hop " + shown + " of " + trace.hops().size();
        HtmlTable t = new HtmlTable(caption, List.of("#", "where", "source", "destination", "what happened"));
        List<Trace.Row> rows = trace.table().subList(0, shown);
        for (int i = 0; i < rows.size(); i++) {
            Trace.Row r = rows.get(i);
            String[] cells = {String.valueOf(r.number()), r.where(), r.source(), r.destination(), r.action()};
            boolean dropped = all && i == rows.size() - 1 && !trace.delivered();
            if (dropped) {
                cells[4] = r.action() + trace.drop().map(d -> d.fix().isEmpty() ? "" : " — fix: " + d.fix()).orElse("");
                t.problemRow(cells);
            } else {
                t.row(cells);
            }
            if (!r.rule().isEmpty()) {
                t.details("rule", r.rule());
            }
        }
        for (Trace.Row r : all ? trace.replyTable() : List.<Trace.Row>of()) {
            t.row("↩ " + r.number(), r.where(), r.source(), r.destination(), r.action());
        }
        return t;
    }

    private static Diagram matrix(Reachability r) {
        String title = "Who can open a connection to whom (" + r.what() + ")";
        DotWriter dot = new DotWriter(title);
        Theme.start(dot, title);
        StringBuilder t = new StringBuilder("<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"5\">");
        t.append("<TR><TD><I>from ↓ to →</I></TD>");
        for (String to : r.endpoints()) {
            t.append("<TD><B>").append(Attrs.escape(to)).append("</B></TD>");
        }
        t.append("</TR>");
        int n = r.endpoints().size();
        for (int i = 0; i < n; i++) {
            t.append("<TR><TD ALIGN=\"RIGHT\"><B>").append(Attrs.escape(r.endpoints().get(i))).append("</B></TD>");
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    t.append("<TD>·</TD>");
                    continue;
                }
                Reachability.Cell c = r.cell(i, j);
                t.append(c.allowed()
                        ? "<TD BGCOLOR=\"#D5F0E6\" BORDER=\"1\" COLOR=\"#007A5A\">✔</TD>"
                        : "<TD BGCOLOR=\"" + Element.DROP_FILL + "\" BORDER=\"1\" COLOR=\"" + Element.DROP_STROKE
                        + "\">✖</TD>");
            }
            t.append("</TR>");
        }
        t.append("</TABLE>");
        dot.node("reachability", Attrs.of("shape", "plain").html("label", t.toString()));
        return new Diagram(title, dot, r.toString());
    }

    private static HtmlTable matrixTable(Reachability r) {
        List<String> headers = new ArrayList<>();
        headers.add("from ↓ to →");
        headers.addAll(r.endpoints());
        HtmlTable t = new HtmlTable("Who can open a connection to whom (" + r.what() + ")", headers);
        int n = r.endpoints().size();
        for (int i = 0; i < n; i++) {
            String[] cells = new String[n + 1];
            cells[0] = r.endpoints().get(i);
            for (int j = 0; j < n; j++) {
                cells[j + 1] = i == j ? "·" : r.cell(i, j).allowed() ? "✔" : "✖ " + r.cell(i, j).detail();
            }
            t.row(cells);
        }
        return t;
    }
}
