package vnetlab.sim;

import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;
import vnetlab.model.netfilter.Hook;
import vnetlab.model.netfilter.Table;

/**
 * Handles packets addressed to the station itself: delivers them, hands them to a user-space proxy (ingress
 * controller, docker-proxy), or drops them when the station's NAT hides the device the learner meant to reach.
 */
final class LocalStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Packet p = v.packet;
        Station here = v.here;
        if (here.kind == Station.Kind.INTERNET) {
            return internet(v);
        }
        boolean local = here.owns(p.destination()) || (v.origin && p.destination().isLoopback());
        if (!local) {
            return Verdict.Pass.unchanged(p);
        }
        if (!here.netfilter.isEmpty()) {
            RuleRunner.Outcome in = RuleRunner.run(v, Table.FILTER, Hook.INPUT, v.origin ? "lo" : v.inDevice, null);
            if (in.dropped()) {
                return FirewallDrops.of(v, in, "INPUT");
            }
        }
        for (int iproxy = 0; iproxy < here.proxies.size(); iproxy++) {
            Rules.Proxy proxy = here.proxies.get(iproxy);
            if (proxy.matches(p, here)) {
                return proxy(v, proxy);
            }
        }
        if (!p.destination().isLoopback()) {
            for (int ilo = 0; ilo < here.loopbackOnly.size(); ilo++) {
                Rules.LoopbackOnly lo = here.loopbackOnly.get(ilo);
                if (lo.matches(p)) {
                    return loopbackOnly(here, lo, p);
                }
            }
        }
        Run run = v.run;
        if (run.target != null && run.target != here && !run.translated) {
            Verdict hidden = Addressing.hiddenDrop(here, run.target, p, run);
            if (hidden != null) {
                return hidden;
            }
        }
        if (!v.origin && userSpaceNat(v)) {
            return natEngineToHost(v);
        }
        return new Verdict.Deliver(run.quiet ? "" : "delivered to " + here.name + portText(p) + sharedBy(here));
    }

    /** The packet comes from a guest behind a user-space NAT engine of this host (VirtualBox, VMware's vmnat). */
    private static boolean userSpaceNat(Visit v) {
        if (v.in == null || v.in.kind != Segment.Kind.VBOX_NAT || v.in.front != v.here) {
            return false;
        }
        for (int i = 0; i < v.here.snat.size(); i++) {
            if (v.here.snat.get(i).from() == v.in) {
                return true;
            }
        }
        return false;
    }

    /**
     * A guest's connection to its host through a user-space NAT engine: the engine ends it and opens its own from
     * the host's socket, so the host sees one of its own addresses; the gateway 10.0.2.2 stands for the host's
     * 127.0.0.1 (VirtualBox manual, "Network Address Translation (NAT)").
     */
    private static Verdict natEngineToHost(Visit v) {
        Packet p = v.packet;
        Station.Iface engine = v.here.ifaceOn(v.in);
        Ipv4 dst = engine != null && engine.ip().bits() == p.destination().bits() ? Ipv4.LOOPBACK : p.destination();
        Packet opened = new Packet(p.protocol(), dst, v.run.nextClientPort++, dst, p.destinationPort());
        String label = v.in.owner.isEmpty() ? "the NAT engine" : v.in.owner + "'s NAT engine";
        v.run.translated = true;
        if (!v.run.quiet) {
            v.actions.add(label + " (user space) ends " + p.from() + " → " + p.to() + " and opens a new connection "
                    + opened.from() + " → " + opened.to() + " on " + v.here.name);
        }
        v.packet = opened;
        return new Verdict.Deliver(v.run.quiet ? "" : "delivered to " + v.here.name + portText(opened));
    }

    private static Verdict loopbackOnly(Station here, Rules.LoopbackOnly lo, Packet p) {
        String port = lo.protocol() + "/" + lo.port();
        return new Verdict.Drop(DropReason.PUBLISHED_ON_LOOPBACK, lo.container() + " publishes " + port
                + " on 127.0.0.1 only: " + here.name + " accepts it on localhost, not on " + p.destination(),
                "publish it without a host IP, .publish(" + lo.port() + ", " + lo.containerPort()
                        + "), or on the LAN address, .publish(\"" + p.destination() + "\", " + lo.port() + ", "
                        + lo.containerPort() + ")");
    }

    /** Who else listens on this stack: containers on the host network driver share the host's addresses and ports. */
    private static String sharedBy(Station here) {
        if (here.hostNetworkContainers.isEmpty()) {
            return "";
        }
        return ": " + here.name + "'s own stack, shared by " + String.join(", ", here.hostNetworkContainers)
                + " (host network: no address of its own, no NAT)";
    }

    private static String portText(Packet p) {
        return p.protocol() == Protocol.ICMP ? " (echo reply follows)" : " on " + p.protocol() + "/" + p.destinationPort();
    }

    private Verdict internet(Visit v) {
        Packet p = v.packet;
        if (p.destination().isPrivate()) {
            return new Verdict.Drop(DropReason.PRIVATE_ADDRESS, p.destination()
                    + " is a private address; no internet router carries it");
        }
        Segment net = v.in != null ? v.in : v.here.ifaces.get(0).segment();
        Station member = net.member(p.destination());
        if (member != null && member != v.here) {
            return Verdict.Pass.unchanged(p);
        }
        return new Verdict.Deliver(v.run.quiet ? "" : "reached " + p.destination() + " on the internet" + portText(p));
    }

    private Verdict proxy(Visit v, Rules.Proxy proxy) {
        Packet p = v.packet;
        Run run = v.run;
        if (proxy.ingress() != null) {
            String host = run.httpHost == null ? p.destination().toString() : run.httpHost;
            String path = run.httpPath == null ? "/" : run.httpPath;
            var match = proxy.ingress().decide(host, path);
            if (match.isEmpty()) {
                return new Verdict.Drop(DropReason.INGRESS_NO_RULE, "no ingress rule matches http://" + host + path
                        + "; the ingress controller answers 404");
            }
            Rules.Backend b = match.get().backend();
            Packet next = Packet.tcp(Simulator.sourceAddress(v.here, b.address()), run.nextClientPort++, b.address(),
                    b.port());
            run.translated = true;
            v.origin = true;
            return new Verdict.Pass(next, proxy.label() + ": http://" + host + path + " matches "
                    + match.get().route().map(r -> "rule " + r.host() + " " + r.path() + " (" + r.type() + ")")
                    .orElse("no rule: default backend") + "; opens a new connection to " + b, proxy.rule());
        }
        Ipv4 from = proxy.toSegment() != null && v.here.ifaceOn(proxy.toSegment()) != null
                ? v.here.ifaceOn(proxy.toSegment()).ip() : Simulator.sourceAddress(v.here, proxy.toIp());
        Packet next = Packet.tcp(from, run.nextClientPort++, proxy.toIp(), proxy.toPort());
        run.translated = true;
        v.origin = true;
        v.forcedOut = proxy.toSegment();
        return new Verdict.Pass(next, proxy.label() + " accepts " + p.to() + " and opens a new connection to "
                + next.to(), proxy.rule());
    }
}
