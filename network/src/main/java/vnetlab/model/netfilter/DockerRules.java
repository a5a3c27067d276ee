package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.DockerDriver;
import vnetlab.model.Ipv4;
import vnetlab.model.PublishedPort;
import vnetlab.model.snapshot.AttachmentState;
import vnetlab.model.snapshot.ContainerState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.DockerNetworkState;

/**
 * The rules Docker Engine 28.x's bridge driver writes (the default: iptables on, userland proxy on).
 *
 * <p>Layout from moby v28.5.2 {@code integration/network/bridge/iptablesdoc/generated/}: {@code new-daemon.md}
 * (the chains that exist with no container: DOCKER-USER, DOCKER-FORWARD, DOCKER-CT, DOCKER-BRIDGE, DOCKER-ISOLATION-
 * STAGE-1/2, DOCKER, the docker0 rules), {@code usernet-portmap.md} (a user-defined network and a published port),
 * {@code usernet-portmap-lo.md} (a port published on 127.0.0.1). The FORWARD policy DROP is set when the daemon
 * enables IP forwarding ({@code libnetwork/drivers/bridge/setup_ip_forwarding.go}); the raw-table DROP of direct
 * access to a container's address is {@code filterDirectAccess} ({@code libnetwork/drivers/bridge/internal/iptabler/
 * endpoint.go}). With the userland proxy on, Docker 28 writes no per-port hairpin MASQUERADE (that is
 * {@code usernet-portmap-noproxy.md}): a container reaching its own published port through a host address goes
 * through docker-proxy, which the nat {@code DOCKER -i <bridge> -j RETURN} rule leaves the connection to.
 */
public final class DockerRules {

    /** The version whose layout this follows. */
    public static final String VERSION = "Docker Engine 28.5 (moby v28.5.2)";
    static final Rule.Origin NEW_DAEMON = new Rule.Origin("Docker", "moby v28.5.2 integration/network/bridge/iptablesdoc/generated/new-daemon.md");
    static final Rule.Origin PORTMAP = new Rule.Origin("Docker", "moby v28.5.2 integration/network/bridge/iptablesdoc/generated/usernet-portmap.md");
    static final Rule.Origin PORTMAP_LO = new Rule.Origin("Docker", "moby v28.5.2 integration/network/bridge/iptablesdoc/generated/usernet-portmap-lo.md");
    static final Rule.Origin FORWARDING = new Rule.Origin("Docker", "moby v28.5.2 libnetwork/drivers/bridge/setup_ip_forwarding.go");
    static final Rule.Origin DIRECT = new Rule.Origin("Docker", "moby v28.5.2 libnetwork/drivers/bridge/internal/iptabler/endpoint.go (filterDirectAccess)");

    private DockerRules() {
    }

    /** A bridge network as iptables sees it: the bridge device and its subnet. */
    public record Bridge(String device, Cidr subnet) {
    }

    /** The bridge networks of an engine, in creation order (docker0 first). */
    public static List<Bridge> bridges(DockerEngineState engine) {
        List<Bridge> out = new ArrayList<>();
        for (DockerNetworkState n : engine.networks()) {
            if (n.driver() == DockerDriver.BRIDGE && n.subnet().isPresent()) {
                out.add(new Bridge(n.bridge().orElse(n.name()), n.subnet().get()));
            }
        }
        return out;
    }

    /** The rules of one engine, written into {@code b} in the order dockerd writes them. */
    public static void write(DockerEngineState engine, Iptables.Builder b) {
        b.policy(Table.FILTER, Hook.FORWARD, "DROP");
        // FORWARDING: dockerd sets FORWARD policy DROP when it turns IP forwarding on.
        for (String chain : List.of("DOCKER", "DOCKER-BRIDGE", "DOCKER-CT", "DOCKER-FORWARD",
                "DOCKER-ISOLATION-STAGE-1", "DOCKER-ISOLATION-STAGE-2", "DOCKER-USER")) {
            b.chain(Table.FILTER, chain);
        }
        b.append(Rule.in(Table.FILTER, "FORWARD").from(NEW_DAEMON).jump("DOCKER-USER"),
                Rule.in(Table.FILTER, "FORWARD").from(NEW_DAEMON).jump("DOCKER-FORWARD"),
                Rule.in(Table.FILTER, "DOCKER-FORWARD").from(NEW_DAEMON).jump("DOCKER-CT"),
                Rule.in(Table.FILTER, "DOCKER-FORWARD").from(NEW_DAEMON).jump("DOCKER-ISOLATION-STAGE-1"),
                Rule.in(Table.FILTER, "DOCKER-FORWARD").from(NEW_DAEMON).jump("DOCKER-BRIDGE"));
        b.chain(Table.NAT, "DOCKER");
        b.append(Rule.in(Table.NAT, "PREROUTING").localDestination(false).from(NEW_DAEMON).jump("DOCKER"),
                Rule.in(Table.NAT, "OUTPUT").destination(Cidr.parse("127.0.0.0/8"), true).localDestination(false)
                        .from(NEW_DAEMON).jump("DOCKER"));
        for (Bridge br : bridges(engine)) {
            network(br, b);
        }
        for (ContainerState c : engine.containers()) {
            container(engine, c, b);
        }
    }

    private static void network(Bridge br, Iptables.Builder b) {
        String dev = br.device();
        b.append(Rule.in(Table.FILTER, "DOCKER-BRIDGE").out(dev).from(NEW_DAEMON).jump("DOCKER"),
                Rule.in(Table.FILTER, "DOCKER-CT").out(dev)
                        .ctstate(false, Match.State.RELATED, Match.State.ESTABLISHED).from(NEW_DAEMON).accept(),
                Rule.in(Table.FILTER, "DOCKER-FORWARD").in(dev).from(NEW_DAEMON).accept(),
                Rule.in(Table.FILTER, "DOCKER").notIn(dev).out(dev).from(NEW_DAEMON).because(Rule.Purpose.NOT_PUBLISHED).drop(),
                Rule.in(Table.FILTER, "DOCKER-ISOLATION-STAGE-1").in(dev).notOut(dev).from(NEW_DAEMON)
                        .jump("DOCKER-ISOLATION-STAGE-2"));
        b.insert(Rule.in(Table.FILTER, "DOCKER-ISOLATION-STAGE-2").out(dev).from(PORTMAP)
                .because(Rule.Purpose.BRIDGE_ISOLATION).drop());
        b.insert(Rule.in(Table.NAT, "POSTROUTING").source(br.subnet(), false).notOut(dev).from(PORTMAP).masquerade());
        b.insert(Rule.in(Table.NAT, "DOCKER").in(dev).from(PORTMAP).returns());
    }

    private static void container(DockerEngineState engine, ContainerState c, Iptables.Builder b) {
        if (c.hostNetwork()) {
            return; // Published ports are discarded in host mode (docs.docker.com, host network driver).
        }
        AttachmentState first = null;
        String device = null;
        for (AttachmentState a : c.networks()) {
            DockerNetworkState net = network(engine, a.network());
            if (net == null || net.driver() != DockerDriver.BRIDGE || a.address().isEmpty() || net.subnet().isEmpty()) {
                continue;
            }
            String dev = net.bridge().orElse(net.name());
            b.append(Rule.in(Table.RAW, "PREROUTING").destination(a.address().get()).notIn(dev).from(DIRECT)
                    .because(Rule.Purpose.DIRECT_ACCESS).drop());
            if (first == null) {
                first = a;
                device = dev;
            }
        }
        if (first == null) {
            return;
        }
        Ipv4 ip = first.address().get();
        for (PublishedPort p : c.published()) {
            b.insert(Rule.in(Table.FILTER, "DOCKER").destination(ip).notIn(device).out(device)
                    .dport(p.protocol(), p.containerPort()).from(PORTMAP).accept());
            Rule.Builder dnat = Rule.in(Table.NAT, "DOCKER");
            if (!p.hostIp().equals(Ipv4.ANY)) {
                dnat.destination(p.hostIp());
            }
            b.append(dnat.notIn(device).dport(p.protocol(), p.hostPort()).from(p.hostIp().isLoopback() ? PORTMAP_LO
                    : PORTMAP).dnat(ip, p.containerPort()));
            if (p.hostIp().isLoopback()) {
                b.append(Rule.in(Table.RAW, "PREROUTING").destination(p.hostIp()).notIn("lo")
                        .dport(p.protocol(), p.hostPort()).from(PORTMAP_LO).because(Rule.Purpose.LOOPBACK_ONLY).drop());
            }
        }
    }

    static DockerNetworkState network(DockerEngineState engine, String ref) {
        for (DockerNetworkState n : engine.networks()) {
            if (n.name().equals(ref) || n.id().equals(ref)) {
                return n;
            }
        }
        return null;
    }
}
