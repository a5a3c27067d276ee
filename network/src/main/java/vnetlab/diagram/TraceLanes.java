package vnetlab.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnetlab.sim.Hop;
import vnetlab.sim.Packet;
import vnetlab.sim.Steps;
import vnetlab.sim.Trace;
import vnetlab.sim.Verdict;

/**
 * A trace as a sequence picture: one lane per device on the path (left to right in the order the packet meets
 * them), one arrow per hop down the page, the reply's arrows coming back below, a yellow tag where a device rewrote
 * the packet, and a red cross with the reason where it was dropped. Beside each arrow: the packet on the wire, the
 * fields that changed in bold red.
 *
 * <p>A step of {@link Steps} is the same picture with the arrows so far, the current one thicker, and a panel on top
 * with the packet's headers as that device received and sent them. Every frame of a trace has the same size, so a
 * display updated in place does not jump.
 *
 * <pre>{@code
 * TraceLanes.of(lab.trace(phone, laptop, 2222))              // lanes phone, laptop, dev; DNAT tag at laptop
 * TraceLanes.of(lab.trace(phone, laptop, 2222).steps().frame())
 * }</pre>
 */
final class TraceLanes {
    private static final String GREY = "#9A9A9A";
    private static final String REPLY = Layer.PHYSICAL.stroke();
    private static final String RED = Element.DROP_STROKE;
    /** Lane names longer than this wrap at their dashes (pod names). */
    private static final int WRAP = 14;

    private final Trace trace;
    private final List<String> lanes = new ArrayList<>();
    private final Map<String, Integer> laneOf = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** One row: an arrow from lane {@code from} to lane {@code to} (equal: the end of a way), its packet and tag. */
    private record Row(int from, int to, boolean reply, String tag, String text, boolean end, boolean dropped) {
    }

    private TraceLanes(Trace trace) {
        this.trace = trace;
        for (Hop h : trace.hops()) {
            laneOf.computeIfAbsent(h.id(), id -> {
                lanes.add(h.where());
                return lanes.size() - 1;
            });
        }
        addRows(trace.hops(), false);
        addRows(trace.reply(), true);
    }

    private void addRows(List<Hop> hops, boolean reply) {
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            int here = laneOf.get(h.id());
            boolean end = i == hops.size() - 1;
            if (end) {
                boolean dropped = !reply && !trace.delivered();
                String text = dropped ? trace.drop().map(TraceLanes::dropText).orElse("dropped")
                        : reply ? "✔ reply received by " + h.where() : "✔ delivered to " + h.where();
                rows.add(new Row(here, here, reply, tag(h, reply), markup(text, dropped ? RED : Theme.INK, dropped),
                        true, dropped));
            } else {
                int next = laneOf.get(hops.get(i + 1).id());
                rows.add(new Row(here, next, reply, tag(h, reply), packet(h), false, false));
            }
        }
    }

    private static String dropText(Verdict.Drop d) {
        List<String> lines = new ArrayList<>(wrap("✖ dropped: " + d.detail(), 56, 3));
        if (!d.fix().isEmpty()) {
            lines.addAll(wrap("fix: " + d.fix(), 56, 3));
        }
        return String.join("\n", lines);
    }

    /** The whole trace. */
    static Diagram of(Trace trace) {
        TraceLanes lanes = new TraceLanes(trace);
        String title = trace.title() + (trace.delivered() ? ": delivered in " + trace.hops().size() + " hops"
                : ": dropped at " + trace.last().where());
        return lanes.draw(title, lanes.rows.size(), null, trace.toString());
    }

    /** One step of a trace: the arrows up to it, and the headers panel. */
    static Diagram of(Steps.Frame frame) {
        TraceLanes lanes = new TraceLanes(frame.trace());
        return lanes.draw(frame.title(), frame.step(), frame, frame.toString());
    }

    /**
     * "DNAT", "SNAT" or "DNAT+SNAT" when the hop rewrote the packet, else ""; on the reply, conntrack undoes them: a
     * new source is "un-DNAT", a new destination "un-SNAT".
     */
    private static String tag(Hop h, boolean reply) {
        Packet a = h.before();
        Packet b = h.after();
        boolean destination = !a.to().equals(b.to());
        boolean source = !a.from().equals(b.from());
        if (reply) {
            return source && destination ? "un-NAT" : source ? "un-DNAT" : destination ? "un-SNAT" : "";
        }
        return destination && source ? "DNAT+SNAT" : destination ? "DNAT" : source ? "SNAT" : "";
    }

    /** The packet the hop sent, the fields it changed in bold red. */
    private static String packet(Hop h) {
        Packet a = h.before();
        Packet b = h.after();
        return field(b.from(), !a.from().equals(b.from())) + " → " + field(b.to(), !a.to().equals(b.to()));
    }

    private static String field(String text, boolean changed) {
        String e = Attrs.escape(text);
        return changed ? "<FONT COLOR=\"" + RED + "\"><B>" + e + "</B></FONT>" : e;
    }

    private static String markup(String text, String colour, boolean bold) {
        StringBuilder b = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String e = Attrs.escape(lines[i]);
            b.append(bold && i == 0 ? "<B>" + e + "</B>" : e).append(lines.length > 1 ? "<BR ALIGN=\"LEFT\"/>" : "");
        }
        return "<FONT COLOR=\"" + colour + "\">" + b + "</FONT>";
    }

    /** A lane's title: the device's name, long names wrapped at their dashes. */
    static String laneTitle(String name) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String part : name.split("(?<=[- ])")) {
            if (line.length() > 0 && line.length() + part.length() > WRAP) {
                out.append(Attrs.escape(line.toString().strip())).append("<BR/>");
                line.setLength(0);
            }
            line.append(part);
        }
        return "<B>" + out.append(Attrs.escape(line.toString().strip())) + "</B>";
    }

    /**
     * Draws rows 1..{@code shown} (the rest as faint lifelines only, so every frame has the same size); with a frame,
     * its row is the current one and the headers panel is the title.
     */
    private Diagram draw(String title, int shown, Steps.Frame frame, String text) {
        DotWriter dot = new DotWriter(title);
        Theme.start(dot, title);
        if (frame != null) {
            dot.graph(Attrs.none().html("label", panel(frame)));
        }
        dot.graph(Attrs.of("ranksep", "0.1").and("nodesep", "0.1").and("rankdir", "TB"));
        int n = lanes.size();
        dot.openSameRank();
        for (int l = 0; l < n; l++) {
            dot.node("lane" + l, Attrs.of("shape", "box").and("style", "filled,rounded").and("fontsize", Theme.EDGE_SIZE)
                    .and("margin", "0.06,0.03")
                    .and("fillcolor", Layer.PHYSICAL.fill()).and("color", Layer.PHYSICAL.stroke())
                    .html("label", laneTitle(lanes.get(l))));
        }
        dot.node("packets", Attrs.of("shape", "plaintext").html("label",
                "<B>" + Attrs.escape(trace.request().protocol() + " packet (changes in red)") + "</B>"));
        dot.close();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean visible = r < shown;
            boolean current = frame != null && r == shown - 1;
            dot.openSameRank();
            for (int l = 0; l < n; l++) {
                dot.node(point(r, l), pointAttrs(row, l, visible));
            }
            String label = visible ? number(r, row) + row.text() : " ";
            dot.node("text" + r, Attrs.of("shape", "plaintext").and("margin", "0.02,0.01").and("height", "0.22")
                    .and("fontsize", Theme.EDGE_SIZE)
                    .html("label", current ? "<B>" + label + "</B>" : label));
            dot.close();
        }
        for (int l = 0; l < n; l++) {
            String above = "lane" + l;
            for (int r = 0; r < rows.size(); r++) {
                dot.edge(above, point(r, l), Attrs.of("dir", "none").and("style", "dashed").and("color", GREY)
                        .and("penwidth", "1").and("weight", "20"));
                above = point(r, l);
            }
        }
        edgesAcross(dot, -1, null, false, false);
        for (int r = 0; r < rows.size(); r++) {
            edgesAcross(dot, r, rows.get(r), r < shown, frame != null && r == shown - 1);
        }
        return new Diagram(title, dot, text);
    }

    private static String number(int r, Row row) {
        return row.reply() ? "↩ " : (r + 1) + "  ";
    }

    private static String point(int r, int l) {
        return "r" + r + "l" + l;
    }

    private Attrs pointAttrs(Row row, int l, boolean visible) {
        if (visible && l == row.from() && row.dropped()) {
            return Attrs.of("shape", "octagon").and("style", "filled,bold").and("fillcolor", Element.DROP_FILL)
                    .and("color", RED).and("fontcolor", RED).and("fontsize", Theme.EDGE_SIZE).and("margin", "0.04,0.02")
                    .and("height", "0.22").and("label", "✖ " + (row.tag().isEmpty() ? "drop" : row.tag()));
        }
        if (visible && l == row.from() && !row.tag().isEmpty()) {
            return Attrs.of("shape", "box").and("style", "filled,rounded").and("fillcolor", Element.NAT_FILL)
                    .and("color", Theme.INK).and("fontsize", Theme.EDGE_SIZE).and("margin", "0.04,0.02")
                    .and("height", "0.22").and("label", row.tag());
        }
        if (visible && l == row.from() && row.end()) {
            return Attrs.of("shape", "circle").and("style", "filled").and("fillcolor", "#D5F0E6")
                    .and("color", Layer.CONTAINER.stroke()).and("fontsize", Theme.EDGE_SIZE).and("width", "0.25")
                    .and("fixedsize", "true").and("label", "✔");
        }
        return Attrs.of("shape", "point").and("width", "0.06").and("color", visible ? Theme.LINK : GREY);
    }

    /** The flat edges of a row (or of the lane titles, {@code r = -1}): arrow segments where it runs, else invisible. */
    private void edgesAcross(DotWriter dot, int r, Row row, boolean visible, boolean current) {
        int n = lanes.size();
        for (int l = 0; l < n; l++) {
            String left = r < 0 ? "lane" + l : point(r, l);
            String right = l == n - 1 ? (r < 0 ? "packets" : "text" + r) : r < 0 ? "lane" + (l + 1) : point(r, l + 1);
            int lo = row == null ? 0 : Math.min(row.from(), row.to());
            int hi = row == null ? 0 : Math.max(row.from(), row.to());
            boolean runs = row != null && visible && l >= lo && l < hi && l < n - 1;
            if (!runs) {
                dot.edge(left, right, Attrs.of("style", "invis"));
                continue;
            }
            boolean rightward = row.to() > row.from();
            boolean headHere = rightward ? l == hi - 1 : l == lo;
            Attrs a = Attrs.of("color", row.reply() ? REPLY : Element.PATH)
                    .and("penwidth", current ? "4" : "2.2")
                    .and("style", row.reply() ? "dashed" : "solid");
            if (!headHere) {
                a.and("dir", "none");
            } else if (!rightward) {
                a.and("dir", "back");
            }
            dot.edge(left, right, a);
        }
    }

    /** The headers panel of a frame: the step, the device, what it did, and each header as it arrived and left. */
    private static String panel(Steps.Frame frame) {
        Hop h = frame.hop();
        StringBuilder t = new StringBuilder("<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"0\""
                + " CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">");
        t.append("<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>")
                .append(Attrs.escape("step " + frame.step() + " of " + frame.count() + " · " + frame.position() + " · "
                        + h.where()))
                .append("</B></TD></TR>");
        boolean dropped = frame.endOfRequest() && !frame.trace().delivered();
        for (String line : dropped ? List.<String>of() : wrap(h.action(), 72, 2)) {
            t.append("<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\">").append(Attrs.escape(line)).append("</TD></TR>");
        }
        if (dropped) { // the drop's own words, with the fix, instead of the hop's action (the same text)
            frame.trace().drop().ifPresent(d -> {
                for (String line : wrap("✖ dropped: " + d.detail() + (d.fix().isEmpty() ? "" : "; fix: " + d.fix()),
                        72, 3)) {
                    t.append("<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><FONT COLOR=\"").append(RED).append("\"><B>")
                            .append(Attrs.escape(line)).append("</B></FONT></TD></TR>");
                }
            });
        }
        t.append("<TR><TD ALIGN=\"LEFT\"><I>header</I></TD><TD ALIGN=\"LEFT\"><I>arrived</I></TD>"
                + "<TD ALIGN=\"LEFT\"><I>left</I></TD></TR>");
        for (Steps.Header header : Steps.Header.of(h)) {
            t.append("<TR><TD ALIGN=\"LEFT\">").append(Attrs.escape(header.name())).append("</TD><TD ALIGN=\"LEFT\">")
                    .append(Attrs.escape(header.arrived())).append("</TD><TD ALIGN=\"LEFT\">")
                    .append(field(header.left(), header.changed())).append("</TD></TR>");
        }
        return t.append("</TABLE>").toString();
    }

    /** {@code text} in lines of at most {@code width} characters (broken at spaces), at most {@code max} lines. */
    static List<String> wrap(String text, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > max) {
            List<String> cut = new ArrayList<>(lines.subList(0, max));
            String last = cut.get(max - 1);
            cut.set(max - 1, (last.length() > width - 2 ? last.substring(0, width - 2) : last) + " …");
            return cut;
        }
        return lines;
    }
}
