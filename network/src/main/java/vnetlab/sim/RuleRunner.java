package vnetlab.sim;

import java.util.List;
import vnetlab.model.Ipv4;
import vnetlab.model.netfilter.Hook;
import vnetlab.model.netfilter.Iptables;
import vnetlab.model.netfilter.Match;
import vnetlab.model.netfilter.Rule;
import vnetlab.model.netfilter.Table;
import vnetlab.model.netfilter.Target;

/**
 * Runs one table's built-in chain of a station's netfilter model for a packet, as the kernel does: rules in order,
 * jumps into user chains and back, RETURN, the policy at the end, MARK changing the packet's mark on the way;
 * ACCEPT, DROP, REJECT, DNAT, SNAT and MASQUERADE end the table. The rules are the very ones
 * {@code iptables()} prints: no second copy of their logic lives anywhere.
 *
 * <p>{@code -m statistic --mode random} rules of one chain are decided together with the seeded choice of
 * {@link EndpointChoice}, which picks rule k of n with probability 1/n, as kube-proxy's 1/n, 1/(n-1) … do.
 */
final class RuleRunner {

    /** How a table ended for the packet. */
    enum End { ACCEPT, DROP, REJECT }

    /** The outcome: how it ended, the packet after any rewrite, and the rule that decided (null for a policy). */
    record Outcome(End end, Packet packet, Rule decider, String rewrite) {
        boolean dropped() {
            return end != End.ACCEPT;
        }
    }

    private static final int DEPTH_CAP = 16;

    private final Visit v;
    private final Table table;
    private final String in;
    private final String out;
    private Packet packet;
    private Rule decider;
    private String rewrite = "";

    private RuleRunner(Visit v, Table table, String in, String out) {
        this.v = v;
        this.table = table;
        this.in = in;
        this.out = out;
        this.packet = v.packet;
    }

    /** Runs {@code table}'s {@code hook} chain for the visit's packet; records every rule that matched. */
    static Outcome run(Visit v, Table table, Hook hook, String in, String out) {
        Iptables nf = v.here.netfilter;
        List<Rule> rules = nf.rules(table, hook.name());
        if (rules.isEmpty() && nf.policy(table, hook).equals("ACCEPT")) {
            return new Outcome(End.ACCEPT, v.packet, null, "");
        }
        RuleRunner r = new RuleRunner(v, table, in, out);
        End end = r.chain(nf, hook.name(), 0);
        if (end == null) {
            end = nf.policy(table, hook).equals("DROP") ? End.DROP : End.ACCEPT;
        }
        return new Outcome(end, r.packet, r.decider, r.rewrite);
    }

    /** Runs one chain; null when it falls off the end or RETURNs. */
    private End chain(Iptables nf, String name, int depth) {
        if (depth > DEPTH_CAP) {
            return null;
        }
        List<Rule> rules = nf.rules(table, name);
        int n = rules.size();
        int chosen = -1;
        int groupLast = -1;
        for (int i = 0; i < n; i++) {
            Rule r = rules.get(i);
            if (i > groupLast && random(r)) {
                groupLast = groupEnd(rules, i);
                int size = groupLast - i + 1;
                chosen = i + EndpointChoice.pick(size, v.run.seed, PreroutingStage.key(packet));
                v.run.seedUsed |= size > 1;
            }
            if (i <= groupLast && i != chosen) {
                continue;
            }
            if (!matches(r)) {
                continue;
            }
            Target t = r.target();
            if (!(t instanceof Target.Jump || t instanceof Target.Goto)) {
                v.rule(r::toString); // the rules that decided, rewrote or returned; the jumps that led there are implied
            }
            if (t instanceof Target.Accept) {
                decider = r;
                return End.ACCEPT;
            } else if (t instanceof Target.Drop) {
                decider = r;
                return End.DROP;
            } else if (t instanceof Target.Reject) {
                decider = r;
                return End.REJECT;
            } else if (t instanceof Target.Return) {
                return null;
            } else if (t instanceof Target.Jump j) {
                End end = chain(nf, j.chain(), depth + 1);
                if (end != null) {
                    return end;
                }
            } else if (t instanceof Target.Goto g) {
                return chain(nf, g.chain(), depth + 1);
            } else if (t instanceof Target.Mark m) {
                v.mark = m.apply(v.mark);
            } else if (t instanceof Target.Dnat d) {
                Packet after = packet.withDestination(d.address(), d.port() > 0 ? d.port() : packet.destinationPort());
                rewrite = "DNAT " + packet.to() + " → " + after.to();
                packet = after;
                v.dnatted = true;
                decider = r;
                return End.ACCEPT;
            } else if (t instanceof Target.Snat s) {
                Packet after = packet.withSource(s.address(), packet.sourcePort());
                rewrite = "SNAT " + packet.source() + " → " + after.source();
                packet = after;
                decider = r;
                return End.ACCEPT;
            } else if (t instanceof Target.Masquerade) {
                Ipv4 address = v.outAddress != null ? v.outAddress : v.here.address();
                Packet after = packet.withSource(address, packet.sourcePort());
                rewrite = "MASQUERADE " + packet.source() + " → " + after.source();
                packet = after;
                decider = r;
                return End.ACCEPT;
            }
        }
        return null;
    }

    /** The index of the last rule of the statistic group starting at {@code start}: the first without statistic. */
    private static int groupEnd(List<Rule> rules, int start) {
        int i = start;
        while (i < rules.size() - 1 && random(rules.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean random(Rule r) {
        List<Match> ms = r.matches();
        for (int i = 0, n = ms.size(); i < n; i++) {
            if (ms.get(i) instanceof Match.Statistic) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Rule r) {
        List<Match> ms = r.matches();
        for (int i = 0, n = ms.size(); i < n; i++) {
            if (!matches(ms.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Match m) {
        Packet p = packet;
        if (m instanceof Match.Source s) {
            return s.prefix().contains(p.source()) != s.not();
        } else if (m instanceof Match.Destination d) {
            return d.prefix().contains(p.destination()) != d.not();
        } else if (m instanceof Match.InInterface i) {
            return device(in, i.device()) != i.not();
        } else if (m instanceof Match.OutInterface o) {
            return device(out, o.device()) != o.not();
        } else if (m instanceof Match.Proto pr) {
            return p.protocol() == pr.protocol();
        } else if (m instanceof Match.Ports ports) {
            return p.protocol() == ports.protocol()
                    && (ports.sourcePort() == 0 || ports.sourcePort() == p.sourcePort())
                    && (ports.destinationPort() == 0 || ports.destinationPort() == p.destinationPort());
        } else if (m instanceof Match.Multiport mp) {
            return mp.destinationPorts().contains(p.destinationPort());
        } else if (m instanceof Match.AddrType a) {
            Ipv4 ip = a.source() ? p.source() : p.destination();
            return local(ip) != a.not();
        } else if (m instanceof Match.CtState ct) {
            // The simulator traces the first packet of a connection: NEW, plus DNAT once a DNAT rewrote it.
            boolean any = ct.states().contains(Match.State.NEW)
                    || (v.dnatted && ct.states().contains(Match.State.DNAT));
            return any != ct.not();
        } else if (m instanceof Match.Mark mk) {
            return ((v.mark & mk.mask()) == mk.value()) != mk.not();
        } else if (m instanceof Match.Statistic) {
            return true; // decided by the seeded choice in chain()
        } else if (m instanceof Match.Comment) {
            return true;
        }
        return false;
    }

    private boolean local(Ipv4 ip) {
        return ip.isLoopback() || v.here.owns(ip);
    }

    /** {@code -i docker0} matches docker0; {@code -i cali+} matches every device starting with cali. */
    private static boolean device(String actual, String pattern) {
        if (actual == null) {
            return false;
        }
        if (pattern.endsWith("+")) {
            return actual.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return actual.equals(pattern);
    }
}
