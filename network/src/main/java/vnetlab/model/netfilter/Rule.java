package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

/**
 * One iptables rule: its table and chain, typed matches and a target; printed as {@code iptables-save} prints it.
 *
 * <pre>{@code
 * Rule.in(Table.NAT, "POSTROUTING").source("172.17.0.0/16").notOut("docker0").masquerade()
 * // -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
 * }</pre>
 *
 * @param source who writes it and the file of the real project it follows
 * @param purpose why it drops or refuses, when it does
 */
public record Rule(Table table, String chain, List<Match> matches, Target target, Origin source, Purpose purpose) {

    /**
     * Who writes a rule and where the real project writes it.
     *
     * @param writer the program, as a learner names it: Docker, kube-proxy, Flannel, libvirt, the router
     * @param file   the file of the real project (and version) the rule follows
     */
    public record Origin(String writer, String file) {
        /** No origin (a rule built by hand). */
        public static final Origin NONE = new Origin("", "");
    }

    /** Why a writer wrote a rule that drops or refuses, so the simulator can say why in the learner's words. */
    public enum Purpose {
        /** Nothing to explain (accepts, jumps, rewrites). */
        NONE,
        /** Docker: traffic between two bridge networks (DOCKER-ISOLATION-STAGE-2). */
        BRIDGE_ISOLATION,
        /** Docker: a packet for a container's own address that did not come from its bridge (raw PREROUTING). */
        DIRECT_ACCESS,
        /** Docker: traffic routed into a bridge for a port the container does not publish (DOCKER … -j DROP). */
        NOT_PUBLISHED,
        /** Docker: a port published on 127.0.0.1 reached from another interface (raw PREROUTING). */
        LOOPBACK_ONLY,
        /** kube-proxy: a Service without endpoints (REJECT). */
        NO_ENDPOINTS,
        /** kube-proxy: externalTrafficPolicy Local on a node without a local endpoint (DROP). */
        NO_LOCAL_ENDPOINTS,
        /** kube-proxy/kubelet: a connection to 127.0.0.0/8 from outside (KUBE-FIREWALL). */
        LOCALNET,
        /** libvirt: new connections into a NAT network are rejected (LIBVIRT_FWI). */
        NAT_NETWORK_CLOSED,
        /** Anything else that drops. */
        OTHER
    }

    /** A rule without a drop purpose. */
    public Rule(Table table, String chain, List<Match> matches, Target target, Origin source) {
        this(table, chain, matches, target, source, Purpose.NONE);
    }

    public Rule {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(target, "target");
        matches = List.copyOf(matches);
        source = source == null ? Origin.NONE : source;
        purpose = purpose == null ? Purpose.NONE : purpose;
    }

    /** Starts a rule of a table's chain. */
    public static Builder in(Table table, String chain) {
        return new Builder(table, chain);
    }

    /** The rule after {@code -A CHAIN}: basic matches (-s -d -i -o -p), then the modules, then the target. */
    public String spec() {
        // iptables-save prints -s, -d, -i, -o, -p in that order whatever order they were given in.
        String[] basic = new String[5];
        StringBuilder modules = new StringBuilder();
        for (Match m : matches) {
            int slot = m instanceof Match.Source ? 0 : m instanceof Match.Destination ? 1
                    : m instanceof Match.InInterface ? 2 : m instanceof Match.OutInterface ? 3
                    : m instanceof Match.Proto ? 4 : -1;
            if (slot >= 0) {
                basic[slot] = basic[slot] == null ? m.text() : basic[slot] + " " + m.text();
            } else {
                append(modules, m.text());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String b : basic) {
            if (b != null) {
                append(out, b);
            }
        }
        if (modules.length() > 0) {
            append(out, modules.toString());
        }
        append(out, target.text());
        return out.toString();
    }

    private static void append(StringBuilder out, String text) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(text);
    }

    /** The first match of a kind, or null. */
    public <M extends Match> M match(Class<M> kind) {
        for (Match m : matches) {
            if (kind.isInstance(m)) {
                return kind.cast(m);
            }
        }
        return null;
    }

    /** The rule as an {@code iptables-save} line, without the table: {@code -A CHAIN …}. */
    @Override
    public String toString() {
        return "-A " + chain + " " + spec();
    }

    /** Builds a rule match by match; a target method ends it. */
    public static final class Builder {
        private final Table table;
        private final String chain;
        private final List<Match> matches = new ArrayList<>(4);
        private Protocol protocol;
        private Origin source = Origin.NONE;
        private Purpose purpose = Purpose.NONE;

        Builder(Table table, String chain) {
            this.table = table;
            this.chain = chain;
        }

        public Builder source(String cidr) {
            return source(Cidr.parse(cidr), false);
        }

        public Builder source(Cidr prefix, boolean not) {
            matches.add(new Match.Source(prefix, not));
            return this;
        }

        public Builder source(Ipv4 address) {
            return source(Cidr.of(address, 32), false);
        }

        public Builder destination(Cidr prefix, boolean not) {
            matches.add(new Match.Destination(prefix, not));
            return this;
        }

        public Builder destination(Ipv4 address) {
            return destination(Cidr.of(address, 32), false);
        }

        public Builder in(String device) {
            matches.add(new Match.InInterface(device, false));
            return this;
        }

        public Builder notIn(String device) {
            matches.add(new Match.InInterface(device, true));
            return this;
        }

        public Builder out(String device) {
            matches.add(new Match.OutInterface(device, false));
            return this;
        }

        public Builder notOut(String device) {
            matches.add(new Match.OutInterface(device, true));
            return this;
        }

        public Builder protocol(Protocol p) {
            protocol = p;
            matches.add(new Match.Proto(p));
            return this;
        }

        /** {@code -p tcp -m tcp --dport port}. */
        public Builder dport(Protocol p, int port) {
            if (protocol != p) {
                protocol(p);
            }
            matches.add(new Match.Ports(p, 0, port));
            return this;
        }

        /** {@code -m tcp --dport port} for the protocol given before. */
        public Builder dport(int port) {
            if (protocol == null) {
                throw new IllegalStateException("--dport needs -p first");
            }
            matches.add(new Match.Ports(protocol, 0, port));
            return this;
        }

        public Builder localDestination(boolean not) {
            matches.add(new Match.AddrType(false, Match.AddressType.LOCAL, not));
            return this;
        }

        public Builder localSource() {
            matches.add(new Match.AddrType(true, Match.AddressType.LOCAL, false));
            return this;
        }

        public Builder ctstate(boolean not, Match.State first, Match.State... more) {
            matches.add(new Match.CtState(EnumSet.of(first, more), not));
            return this;
        }

        public Builder mark(long value, long mask, boolean not) {
            matches.add(new Match.Mark(value, mask, not));
            return this;
        }

        public Builder probability(double p) {
            matches.add(new Match.Statistic(p));
            return this;
        }

        public Builder comment(String text) {
            matches.add(new Match.Comment(text));
            return this;
        }

        public Builder match(Match m) {
            if (m instanceof Match.Proto proto) {
                protocol = proto.protocol();
            }
            matches.add(m);
            return this;
        }

        /** Where the real rule comes from (a source file), for docs and tests. */
        public Builder from(Origin where) {
            this.source = where;
            return this;
        }

        /** Why the rule drops or refuses. */
        public Builder because(Purpose why) {
            this.purpose = why;
            return this;
        }

        public Rule to(Target t) {
            return new Rule(table, chain, matches, t, source, purpose);
        }

        public Rule accept() {
            return to(new Target.Accept());
        }

        public Rule drop() {
            return to(new Target.Drop());
        }

        public Rule reject() {
            return to(new Target.Reject());
        }

        public Rule returns() {
            return to(new Target.Return());
        }

        public Rule jump(String target) {
            return to(new Target.Jump(target));
        }

        public Rule dnat(Ipv4 address, int port) {
            return to(new Target.Dnat(address, port));
        }

        public Rule snat(Ipv4 address) {
            return to(new Target.Snat(address));
        }

        public Rule masquerade() {
            return to(new Target.Masquerade("", false));
        }

        public Rule masquerade(String ports, boolean randomFully) {
            return to(new Target.Masquerade(ports, randomFully));
        }

        public Rule setMark(long value, long mask) {
            return to(new Target.Mark(value, mask));
        }
    }
}
