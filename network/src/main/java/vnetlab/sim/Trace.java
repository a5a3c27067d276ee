package vnetlab.sim;

import vnetlab.model.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection followed hop by hop: every device it passed, every rewrite, and where and why it was dropped.
 *
 * <p>{@link #reply()} is the way back, with conntrack undoing each rewrite. {@code toString()} is a hop table;
 * {@link #table()} gives the rows for HTML; {@link #steps()} walks through the hops one at a time.
 *
 * <pre>{@code
 * var t = lab.trace(phone, dev, 22);
 * t.delivered()     // false
 * t.dropReason()    // Optional[NAT hides the VM from other devices]
 * t.hops().size()   // 2: phone, laptop
 * }</pre>
 */
public final class Trace {

    /** One row of the hop table, as text cells. */
    public record Row(int number, String where, String id, String source, String destination, String action,
                      String rule) {
    }

    private final Snapshot lab;
    private final String title;
    private final long seed;
    private final boolean seedUsed;
    private final Packet request;
    private final List<Hop> hops;
    private final Verdict.Drop drop;
    private List<Hop> reply;
    private DnsLookup dns;

    Trace(Snapshot lab, String title, long seed, boolean seedUsed, Packet request, List<Hop> hops, Verdict.Drop drop) {
        this.lab = lab;
        this.title = title;
        this.seed = seed;
        this.seedUsed = seedUsed;
        this.request = request;
        this.hops = List.copyOf(hops);
        this.drop = drop;
    }

    /** This trace with the name lookup that came before its first packet. */
    Trace withDns(DnsLookup lookup) {
        this.dns = lookup;
        return this;
    }

    /**
     * The DNS step: the name lookup the sender made first (which server, which names, the answer or NXDOMAIN); empty
     * when the trace was given an endpoint or an address.
     *
     * <pre>{@code
     * lab.trace(api, "db", 5432).dns()   // api asks 127.0.0.11 (Docker's embedded DNS) udp/53 for db: db → 10.5.0.10
     * }</pre>
     */
    public Optional<DnsLookup> dns() {
        return Optional.ofNullable(dns);
    }

    /** The lab as it was when the trace ran (what its picture is drawn on); empty for a hand-built fabric. */
    public Optional<Snapshot> lab() {
        return Optional.ofNullable(lab);
    }

    /** What was traced, e.g. {@code phone → dev tcp/22}. */
    public String title() {
        return title;
    }

    /** The first packet as the sender sent it. */
    public Packet request() {
        return request;
    }

    /** The devices the packet passed, in order, the last one delivering or dropping it. */
    public List<Hop> hops() {
        return hops;
    }

    /** Whether the connection reached its destination. */
    public boolean delivered() {
        return drop == null;
    }

    /** Why the packet was dropped, or empty when delivered. */
    public Optional<DropReason> dropReason() {
        return drop == null ? Optional.empty() : Optional.of(drop.reason());
    }

    /** The drop with its detail and fix, or empty when delivered. */
    public Optional<Verdict.Drop> drop() {
        return Optional.ofNullable(drop);
    }

    /** The hop that dropped the packet, or empty when delivered. */
    public Optional<Hop> dropHop() {
        return drop == null ? Optional.empty() : Optional.of(hops.get(hops.size() - 1));
    }

    /** The seed of kube-proxy's random endpoint choice this trace used. */
    public long seed() {
        return seed;
    }

    /** Whether a random choice (kube-proxy, a load balancer) depended on the seed. */
    public boolean seedUsed() {
        return seedUsed;
    }

    /** The hop where the packet ended (delivered or dropped). */
    public Hop last() {
        return hops.get(hops.size() - 1);
    }

    /** The ids of the stations and networks passed, in order (for highlighting a diagram). */
    public List<String> path() {
        List<String> ids = new ArrayList<>();
        for (Hop h : hops) {
            ids.add(h.id());
            if (!h.via().isEmpty()) {
                ids.add(h.via());
            }
        }
        return ids;
    }

    /**
     * The reply path: the same devices backwards, each undoing its rewrite (conntrack); empty when dropped.
     *
     * <pre>{@code
     * lab.trace(phone, laptop, 2222).reply().get(1)   // laptop un-DNATs the source 10.0.2.15:22 → 192.168.1.2:2222
     * }</pre>
     */
    public List<Hop> reply() {
        if (drop != null) {
            return List.of();
        }
        if (reply == null) {
            List<Hop> back = new ArrayList<>();
            int n = hops.size();
            for (int i = n - 1; i >= 0; i--) {
                Hop h = hops.get(i);
                Packet before = h.after().reversed();
                Packet after = h.before().reversed();
                String action = replyAction(h, before, after, i == n - 1, i == 0);
                back.add(new Hop(n - i, h.where(), h.id(), before, after, action, List.of(),
                        i == 0 ? "" : hops.get(i - 1).via()));
            }
            reply = List.copyOf(back);
        }
        return reply;
    }

    private static String replyAction(Hop h, Packet before, Packet after, boolean first, boolean last) {
        List<String> parts = new ArrayList<>();
        if (first) {
            parts.add("answers");
        }
        boolean proxied = !before.source().equals(after.source()) && !before.destination().equals(after.destination())
                && h.action().contains("opens a new connection");
        if (proxied) {
            parts.add(h.where() + " answers the first connection: " + after.from() + " → " + after.to());
            return String.join("; ", parts);
        }
        if (!before.source().equals(after.source()) || before.sourcePort() != after.sourcePort()) {
            parts.add("conntrack un-DNAT: source " + before.from() + " → " + after.from());
        }
        if (!before.destination().equals(after.destination()) || before.destinationPort() != after.destinationPort()) {
            parts.add("conntrack un-SNAT: destination " + before.to() + " → " + after.to());
        }
        if (last) {
            parts.add("received by " + h.where());
        } else if (!first && parts.isEmpty()) {
            parts.add("forwarded back");
        }
        return String.join("; ", parts);
    }

    /** The hop table's rows (where, source, destination, what happened, the deciding rule). */
    public List<Row> table() {
        return rows(hops);
    }

    /** The reply's rows; empty when dropped. */
    public List<Row> replyTable() {
        return rows(reply());
    }

    private static List<Row> rows(List<Hop> hops) {
        List<Row> rows = new ArrayList<>(hops.size());
        for (Hop h : hops) {
            String src = h.before().from();
            String dst = h.before().to();
            if (!h.before().source().equals(h.after().source()) || h.before().sourcePort() != h.after().sourcePort()) {
                src = src + " ⇒ " + h.after().from();
            }
            if (!h.before().destination().equals(h.after().destination())
                    || h.before().destinationPort() != h.after().destinationPort()) {
                dst = dst + " ⇒ " + h.after().to();
            }
            rows.add(new Row(h.number(), h.where(), h.id(), src, dst, h.action(), h.rule()));
        }
        return rows;
    }

    /** One line: what was traced and how it ended. */
    public String summary() {
        String seedText = seedUsed ? " (seed " + seed + ")" : "";
        if (drop == null) {
            return title + ": delivered in " + hops.size() + " hops" + seedText;
        }
        return title + ": dropped at " + last().where() + ": " + drop.detail() + seedText;
    }

    /**
     * Steps through the request's hops and then the reply's, one at a time, for demos (the kernel updates one display
     * in place).
     *
     * <pre>{@code
     * var s = lab.trace(phone, laptop, 2222).steps();
     * s          // step 1 of 6
     * s.next()   // step 2 of 6, in the same place
     * }</pre>
     */
    public Steps steps() {
        return new Steps(this);
    }

    /**
     * This trace drawn on the whole lab's picture, the path highlighted (a trace itself draws only the devices on its
     * path, one lane each). Readable for small labs; a big lab's picture is better read through the trace itself.
     *
     * <pre>{@code
     * lab.trace(phone, laptop, 2222).inLab()   // the lab with the path numbered on it
     * }</pre>
     */
    public InLab inLab() {
        return new InLab(this);
    }

    /** A trace to be drawn on its lab's picture; see {@link Trace#inLab()}. */
    public record InLab(Trace trace) {
        @Override
        public String toString() {
            return trace.toString();
        }
    }

    /** The summary, the fix when dropped, the hop table with rules, and the reply path when delivered. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        if (drop != null && !drop.fix().isEmpty()) {
            out.append("fix: ").append(drop.fix()).append('\n');
        }
        if (dns != null) {
            out.append("dns: ").append(dns).append('\n');
        }
        appendTable(out, table());
        if (drop == null) {
            out.append("reply:\n");
            appendTable(out, replyTable());
        }
        return out.toString();
    }

    static void appendTable(StringBuilder out, List<Row> rows) {
        int w = "where".length();
        int s = "source".length();
        int d = "destination".length();
        for (Row r : rows) {
            w = Math.max(w, r.where().length());
            s = Math.max(s, r.source().length());
            d = Math.max(d, r.destination().length());
        }
        String format = "%3s  %-" + w + "s  %-" + s + "s  %-" + d + "s  %s%n";
        out.append(String.format(format, "#", "where", "source", "destination", "what"));
        for (Row r : rows) {
            out.append(String.format(format, r.number(), r.where(), r.source(), r.destination(), r.action()));
            if (!r.rule().isEmpty()) {
                for (String rule : r.rule().split("\n")) {
                    out.append("       rule: ").append(rule).append('\n');
                }
            }
        }
    }
}
