package vnetlab.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vnetlab.model.Protocol;
import vnetlab.sim.DropReason;
import vnetlab.sim.Hop;
import vnetlab.sim.Packet;
import vnetlab.sim.Trace;

/**
 * Replays traces on a realized lab: a real TCP (or UDP) exchange from the sender's namespace to the address it
 * used, answered by a server that reports the peer it saw, and the conntrack table of every namespace the trace
 * passed; then compares with the trace hop by hop.
 *
 * <p>Every namespace listens on the trace's ports, so a packet the kernel delivers somewhere else is seen there.
 * A trace that the simulator drops at a device agrees with a kernel that does not deliver it, or delivers it only
 * to that device itself (the simulator does not model listening sockets). Source ports are not compared (the
 * simulator's are illustrative).
 */
final class Oracle {

    /** How long a client waits for a connection or a datagram's answer. */
    static final double TIMEOUT_SECONDS = 1.0;
    /**
     * How many connections a random choice gets to take the traced path: kube-proxy's endpoint, a load balancer's
     * node, or both in a row (1 in 9 for three nodes and three endpoints: 60 tries miss it once in a thousand runs).
     */
    static final int TRIES = 60;
    private static final Pattern SEEN = Pattern.compile("seen (\\S+):(\\d+) at (\\S+):(\\d+) in (\\S+)");

    private final Realization real;
    private final Set<String> listening = new HashSet<>();
    private final Map<String, String> labelOf = new HashMap<>();
    private int sourcePort = 20000;

    Oracle(Realization real) {
        this.real = real;
        for (Plan.Space s : real.plan.spaces()) {
            labelOf.put(s.ns, s.label);
        }
    }

    /** What the kernel did with one connection. */
    record Observation(String result, String peer, String server, String ns, String remote, int sourcePort) {
        boolean delivered() {
            return result.equals("delivered");
        }

        String describe(Map<String, String> labels) {
            if (!delivered()) {
                return result;
            }
            String ip = peer.contains(":") ? peer.substring(0, peer.indexOf(':')) : peer;
            return "delivered to " + labels.getOrDefault(ns, ns) + " at " + server + ", which saw " + ip;
        }
    }

    /** Checks one trace against the kernel. */
    Check check(Trace t) {
        String name = t.title();
        Packet request = t.request();
        Optional<String> client = real.ns(t.hops().get(0).id());
        if (client.isEmpty()) {
            return Check.differ(name, t.hops().get(0).where(), t.summary(),
                    "not realized: " + t.hops().get(0).id() + " (" + String.join("; ", real.plan.unrealized) + ")");
        }
        if (request.protocol() == Protocol.ICMP) {
            return ping(t, client.get());
        }
        listen(t);
        route(t);
        String proto = request.protocol() == Protocol.UDP ? "udp" : "tcp";
        Optional<String> expectedNs = t.delivered() ? real.ns(t.last().id()) : Optional.empty();
        Observation seen = connect(client.get(), proto, request);
        if (t.delivered() && seen.result().equals("timeout")) {
            // once more, from a fresh source port: a first packet can be lost to neighbour resolution on a busy
            // machine; a real disagreement times out twice
            seen = connect(client.get(), proto, request);
        }
        if (t.seedUsed() && expectedNs.isPresent()) {
            // a random choice (kube-proxy's endpoint, a load balancer's node): the seeded path must be one the
            // kernel takes, so connect again until it does (or give up after TRIES, naming what it did instead)
            Set<String> instead = new LinkedHashSet<>();
            Check verdict = compareDelivered(t, seen);
            for (int i = 1; i < TRIES && !verdict.agreed() && seen.delivered(); i++) {
                instead.add(verdict.kernel());
                seen = connect(client.get(), proto, request);
                verdict = compareDelivered(t, seen);
            }
            if (!verdict.agreed() && seen.delivered()) {
                return Check.differ(name, verdict.hop(), verdict.simulator(), "in " + TRIES + " connections the "
                        + "kernel never took the simulator's path; it " + String.join("; or ",
                        instead.stream().limit(4).toList()) + (instead.size() > 4 ? "; …" : ""));
            }
            return verdict;
        }
        return t.delivered() ? compareDelivered(t, seen) : compareDropped(t, seen);
    }

    /** Which namespaces (by label) answer a trace's connection over many tries: kube-proxy's endpoints, say. */
    Set<String> reached(Trace t, int tries) {
        Set<String> out = new LinkedHashSet<>();
        Optional<String> client = real.ns(t.hops().get(0).id());
        if (client.isEmpty()) {
            return out;
        }
        listen(t);
        String proto = t.request().protocol() == Protocol.UDP ? "udp" : "tcp";
        for (int i = 0; i < tries; i++) {
            Observation o = connect(client.get(), proto, t.request());
            out.add(o.delivered() ? label(o.ns()) : o.result());
        }
        return out;
    }

    private Check compareDelivered(Trace t, Observation seen) {
        String name = t.title();
        Hop last = t.last();
        String expectedNs = real.ns(last.id()).orElse("?");
        String sim = "delivered to " + last.where() + " at " + last.before().to() + ", which saw "
                + last.before().source();
        String kernel = seen.describe(labelOf);
        String hop = firstConntrackDifference(t, seen);
        if (!seen.delivered() || !seen.ns().equals(expectedNs)) {
            return Check.differ(name, hop.isEmpty() ? last.where() : hop, sim, kernel);
        }
        String peerIp = seen.peer().substring(0, seen.peer().indexOf(':'));
        if (!peerIp.equals(last.before().source().toString()) || !seen.server().equals(last.before().to())) {
            return Check.differ(name, hop.isEmpty() ? last.where() : hop, sim, kernel);
        }
        Packet back = t.reply().get(t.reply().size() - 1).after();
        if (!seen.remote().equals(back.from())) {
            return Check.differ(name, t.hops().get(0).where() + " (the reply)", "the reply comes from " + back.from(),
                    "the reply came from " + seen.remote());
        }
        if (!hop.isEmpty()) {
            return Check.differ(name, hop, conntrackExpectation(t, hop), conntrackFound(t, hop, seen));
        }
        return Check.agree(name, kernel);
    }

    private Check compareDropped(Trace t, Observation seen) {
        String name = t.title();
        Hop last = t.last();
        String sim = "dropped at " + last.where() + ": " + t.dropReason().map(DropReason::toString).orElse("");
        String dropNs = real.ns(last.id()).orElse("?");
        if (seen.delivered() && !seen.ns().equals(dropNs)) {
            String hop = firstConntrackDifference(t, seen);
            return Check.differ(name, hop.isEmpty() ? last.where() : hop, sim, seen.describe(labelOf));
        }
        boolean mustRefuse = t.dropReason().filter(r -> r == DropReason.NO_ENDPOINTS
                || r == DropReason.CONNECTION_REFUSED).isPresent();
        if (mustRefuse && !seen.result().equals("refused")) {
            return Check.differ(name, last.where(), sim + " (connection refused)", seen.describe(labelOf));
        }
        String what = seen.delivered() ? "reached " + label(seen.ns()) + " only" : seen.result();
        return Check.agree(name, "not delivered (" + what + ")");
    }

    /**
     * The first hop whose conntrack entry in its namespace translated differently from the trace, or empty. The
     * entries are chained by source port: the port a hop's entry sends the packet on with is the port the next hop's
     * entry is looked up by (proxies keep the port of the connection they end), so entries of earlier connections
     * on the same addresses are not mistaken for this one's.
     */
    private String firstConntrackDifference(Trace t, Observation seen) {
        int port = seen.sourcePort();
        for (Hop h : t.hops()) {
            Optional<String> ns = real.ns(h.id());
            if (ns.isEmpty() || h.before().protocol() == Protocol.ICMP) {
                continue;
            }
            List<Conntrack> entries = conntrack(ns.get());
            Optional<Conntrack> in = entry(entries, h.before(), port);
            if (in.isEmpty()) {
                continue; // the packet did not get here (judged at the end), or the stack answered it itself
            }
            Conntrack c = in.get();
            if (c.natSource().equals(h.after().source().toString()) && c.natDestination().equals(h.after().to())) {
                port = c.replyDport();
                continue;
            }
            // a user-space proxy here: the first connection ends in this namespace, a second one leaves it
            boolean ends = c.natDestination().equals(h.before().to())
                    && c.natSource().equals(h.before().source().toString());
            Optional<Conntrack> second = ends ? entry(entries, h.after(), c.replyDport()) : Optional.empty();
            if (second.isEmpty()) {
                return h.where();
            }
            port = second.get().replyDport();
        }
        return "";
    }

    private static Optional<Conntrack> entry(List<Conntrack> entries, Packet p, int sport) {
        Conntrack any = null;
        for (Conntrack c : entries) {
            if (c.protocol().equals(p.protocol() == Protocol.UDP ? "udp" : "tcp")
                    && c.origSrc().equals(p.source().toString()) && c.origDst().equals(p.destination().toString())
                    && c.origDport() == p.destinationPort()) {
                if (c.origSport() == sport) {
                    return Optional.of(c);
                }
                any = c;
            }
        }
        return Optional.ofNullable(any);
    }

    private String conntrackExpectation(Trace t, String where) {
        for (Hop h : t.hops()) {
            if (h.where().equals(where)) {
                return h.before() + (h.rewrote() ? " ⇒ " + h.after() : " (no rewrite)");
            }
        }
        return "";
    }

    private String conntrackFound(Trace t, String where, Observation seen) {
        for (Hop h : t.hops()) {
            if (h.where().equals(where)) {
                return real.ns(h.id()).map(ns -> "conntrack: " + entry(conntrack(ns), h.before(), seen.sourcePort())
                        .map(Conntrack::toString).orElse("no entry")).orElse("");
            }
        }
        return "";
    }

    private List<Conntrack> conntrack(String ns) {
        return Conntrack.parse(real.exec(ns, "conntrack", "-L").out());
    }

    private Check ping(Trace t, String client) {
        Shell.Result r = real.exec(client, "ping", "-c", "1", "-W", "1", t.request().destination().toString());
        boolean delivered = r.ok();
        String kernel = delivered ? "echo answered" : "no answer";
        if (delivered == t.delivered()) {
            return Check.agree(t.title(), kernel);
        }
        return Check.differ(t.title(), t.last().where(), t.summary(), kernel);
    }

    private Observation connect(String ns, String proto, Packet request) {
        int sport = sourcePort++;
        JsonNode a = real.agent().ask(real.agent().request("connect").put("ns", ns).put("proto", proto)
                .put("dst", request.destination().toString()).put("port", request.destinationPort())
                .put("sport", sport).put("timeout", TIMEOUT_SECONDS));
        String result = a.path("result").asText(a.path("error").asText("error"));
        Matcher m = SEEN.matcher(a.path("reply").asText());
        if (result.equals("delivered") && m.find()) {
            return new Observation(result, m.group(1) + ":" + m.group(2), m.group(3) + ":" + m.group(4), m.group(5),
                    a.path("remote").asText(), sport);
        }
        return new Observation(result, "", "", "", a.path("remote").asText(), sport);
    }

    /**
     * Points each ingress controller on the trace's path at the backend the trace says its rules chose: a hop that
     * ends the connection addressed to it and opens a new one from itself.
     */
    private void route(Trace t) {
        Set<String> names = new HashSet<>();
        real.plan.proxies.forEach(p -> names.add(p.name()));
        for (Hop h : t.hops()) {
            Optional<String> ns = real.ns(h.id());
            if (ns.isEmpty() || !h.before().destination().equals(h.after().source())) {
                continue;
            }
            String name = Plan.ingressProxy(ns.get(), h.before().destinationPort());
            if (names.contains(name)) {
                real.agent().must(real.agent().request("proxy").put("name", name).put("listen_ns", ns.get())
                        .put("port", h.before().destinationPort()).put("connect_ns", ns.get())
                        .put("to_ip", h.after().destination().toString()).put("to_port", h.after().destinationPort()));
            }
        }
    }

    /** Servers on every port the trace's packets are addressed to, in every namespace (once each). */
    private void listen(Trace t) {
        Set<String> protoPorts = new LinkedHashSet<>();
        for (Hop h : t.hops()) {
            for (Packet p : List.of(h.before(), h.after())) {
                if (p.protocol() != Protocol.ICMP) {
                    protoPorts.add((p.protocol() == Protocol.UDP ? "udp" : "tcp") + "/" + p.destinationPort());
                }
            }
        }
        for (String pp : protoPorts) {
            String proto = pp.substring(0, 3);
            int port = Integer.parseInt(pp.substring(4));
            for (Plan.Space s : real.plan.spaces()) {
                boolean proxied = real.plan.proxies.stream().anyMatch(x -> x.listenNs().equals(s.ns)
                        && x.port() == port && x.listenIp().equals("0.0.0.0") && proto.equals("tcp"));
                if (!proxied && listening.add(s.ns + " " + pp)) {
                    real.agent().ask(real.agent().request("listen").put("ns", s.ns).put("proto", proto)
                            .put("port", port)); // a port a proxy holds there is left to the proxy
                }
            }
        }
    }

    private String label(String ns) {
        return labelOf.getOrDefault(ns, ns);
    }
}
