package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;
import vnetlab.model.netfilter.DockerRules;

/**
 * Builds the simulator's fabric from parts: LANs with their NAT routers, hosts, hypervisor NAT engines and host-only
 * networks, Docker bridges, Kubernetes clusters. {@link SnapshotFabric} drives it from a model snapshot; tests drive
 * it directly.
 */
final class FabricBuilder {

    /** The zone of lab-wide names (hosts, VMs, internet hosts), as a LAN's DNS would hold them. */
    static final String LAB_ZONE = "lab";
    /** The zone of public DNS (ingress hosts, internet hosts). */
    static final String PUBLIC_ZONE = "public";

    final Fabric fabric = new Fabric();
    final Segment internet;
    private final List<Segment> bridgesOf = new ArrayList<>();

    FabricBuilder(Ipv4 internetAddress) {
        internet = fabric.segment("internet", "the internet", Cidr.parse("0.0.0.0/0"), Segment.Kind.INTERNET);
        Station net = fabric.station("internet", "INTERNET", Station.Kind.INTERNET);
        net.attach(internet, internetAddress, "wan", true);
        net.resolvers.add(PUBLIC_ZONE);
        internet.fallback = net;
        fabric.internet = net;
    }

    Fabric build() {
        return fabric;
    }

    /** A LAN with its router at {@code routerIp}, NATing to {@code publicIp} (GROUND-TRUTH: home/office router). */
    Segment lan(String id, String name, Cidr cidr, Ipv4 routerIp, Ipv4 publicIp) {
        Segment lan = fabric.segment(id, name, cidr, Segment.Kind.LAN);
        Station router = fabric.station(id + "/router", name + " router", Station.Kind.ROUTER);
        router.forwards = true;
        router.attach(lan, routerIp, "lan", true);
        router.attach(internet, publicIp, "wan", true);
        router.defaultRoute(null, internet);
        router.snat.add(new Rules.Snat(cidr, null, internet, null, null, publicIp, "SNAT", name + " router",
                "-A POSTROUTING -s " + cidr + " -o wan -j SNAT --to-source " + publicIp));
        lan.front = router;
        lan.hideReason = DropReason.ROUTER_HIDES_LAN;
        return lan;
    }

    /** A host (or bridged VM, internet host) on a segment, with a default gateway when {@code gateway} is set. */
    Station host(String id, String name, Station.Kind kind, Segment segment, Ipv4 ip, Ipv4 gateway) {
        Station host = machine(id, name, kind, segment, ip, gateway);
        if (gateway == null && segment.kind == Segment.Kind.INTERNET) {
            host.defaultRoute(null, segment); // an internet server reaches the rest of the internet directly
        }
        return host;
    }

    /**
     * A VirtualBox-style NAT engine in {@code host} for one VM NIC: its own private network, SNAT to the host's
     * address on the way out (GROUND-TRUTH: VirtualBox NAT, each NIC behind its own NAT engine).
     */
    Segment natEngine(Station host, String id, String name, Cidr cidr, Ipv4 gateway, String owner, String label,
                      String vm) {
        Segment nat = fabric.segment(id, name, cidr, Segment.Kind.VBOX_NAT);
        host.attach(nat, gateway, "NAT engine", false);
        host.forwards = true;
        nat.front = host;
        nat.hideReason = DropReason.NAT_HIDES_VM;
        nat.owner = owner;
        if (label.startsWith("libvirt")) {
            // GROUND-TRUTH (libvirt default network): MASQUERADE for the subnet leaving to other destinations,
            // source ports mapped into 1024-65535.
            host.snat.add(new Rules.Snat(cidr, nat, null, nat, cidr, null, "MASQUERADE", label,
                    "-A LIBVIRT_PRT -s " + cidr + " ! -d " + cidr + " -p tcp -j MASQUERADE --to-ports 1024-65535"));
        } else {
            host.snat.add(new Rules.Snat(null, nat, null, nat, null, null, "SNAT", label,
                    label + " engine of " + vm + ": outgoing connections leave from the host's own address"));
        }
        return nat;
    }

    /** A NAT port-forwarding rule: host port → guest address and port on the NAT engine's network. */
    void portForward(Station host, Protocol protocol, Ipv4 hostIp, int hostPort, Segment nat, Ipv4 guestIp,
                     int guestPort, String label, String rule) {
        host.dnat.add(new Rules.Dnat(protocol, hostIp, hostPort, nat, guestIp, guestPort, nat, label, rule));
    }

    /** A host-only network: the host at {@code hostIp}, no way out (GROUND-TRUTH: VirtualBox host-only). */
    Segment hostOnly(Station host, String id, String name, Cidr cidr, Ipv4 hostIp) {
        Segment net = fabric.segment(id, name, cidr, Segment.Kind.HOST_ONLY);
        host.attach(net, hostIp, name, true);
        net.front = host;
        net.hideReason = DropReason.HOST_ONLY_NO_WAY_IN;
        return net;
    }

    /** A machine attached to a segment with no default route (a host-only VM) or one through {@code gateway}. */
    Station machine(String id, String name, Station.Kind kind, Segment segment, Ipv4 ip, Ipv4 gateway) {
        Station s = fabric.station(id, name, kind);
        s.attach(segment, ip, "eth0", true);
        if (gateway != null) {
            s.defaultRoute(gateway, segment);
        }
        s.resolvers.add(LAB_ZONE);
        s.resolvers.add(PUBLIC_ZONE);
        if (kind != Station.Kind.CONTAINER && kind != Station.Kind.POD) {
            fabric.dns.add(LAB_ZONE, name, ip, s, "the lab's names");
        }
        return s;
    }

    /**
     * A Docker bridge network on a host: the bridge device at {@code gateway}, MASQUERADE out, isolation from the
     * host's other bridges (GROUND-TRUTH: Docker; rule text from {@link DockerRules}).
     */
    Segment dockerBridge(Station host, String id, String name, String device, Cidr cidr, Ipv4 gateway, String owner) {
        Segment bridge = fabric.segment(id, name, cidr, Segment.Kind.DOCKER_BRIDGE);
        host.attach(bridge, gateway, device, true);
        host.forwards = true;
        bridge.front = host;
        bridge.hideReason = DropReason.PORT_NOT_PUBLISHED;
        bridge.owner = owner;
        host.snat.add(new Rules.Snat(cidr, null, null, bridge, null, null, "MASQUERADE", "Docker",
                DockerRules.masquerade(device, cidr.toString()).toString()));
        for (Segment other : bridgesOf) {
            if (other.front == host) {
                host.isolation.add(new Rules.Isolation(other, bridge, DropReason.BRIDGE_NETWORKS_ISOLATED,
                        DockerRules.isolationStage2(device).toString()));
                host.isolation.add(new Rules.Isolation(bridge, other, DropReason.BRIDGE_NETWORKS_ISOLATED,
                        DockerRules.isolationStage2(deviceOf(host, other)).toString()));
            }
        }
        bridgesOf.add(bridge);
        return bridge;
    }

    private static String deviceOf(Station host, Segment segment) {
        Station.Iface i = host.ifaceOn(segment);
        return i == null ? segment.name : i.device();
    }

    /**
     * A published port: DNAT on every host address (or on one), and docker-proxy on loopback. Published on
     * 127.0.0.1 only, docker-proxy alone reaches it, from the host itself: Docker's OUTPUT jump skips
     * {@code ! -d 127.0.0.0/8} and no other address listens (GROUND-TRUTH: Docker, {@code -p 127.0.0.1:8080:80}).
     */
    void publish(Station host, Segment bridge, Protocol protocol, Ipv4 hostIp, int hostPort, Ipv4 containerIp,
                 int containerPort, String container) {
        String device = deviceOf(host, bridge);
        String proto = protocol.toString();
        if (hostIp != null && hostIp.isLoopback()) {
            host.loopbackOnly.add(new Rules.LoopbackOnly(protocol, hostPort, container, containerPort));
        } else {
            host.dnat.add(new Rules.Dnat(protocol, hostIp, hostPort, bridge, containerIp, containerPort, null,
                    "Docker published port",
                    DockerRules.dnat(device, proto, hostIp == null ? "" : hostIp.toString(), hostPort,
                            containerIp.toString(), containerPort).toString()));
        }
        if (protocol == Protocol.TCP && (hostIp == null || hostIp.isLoopback())) {
            host.proxies.add(new Rules.Proxy("docker-proxy", Ipv4.LOOPBACK, hostPort, null, containerIp, containerPort,
                    null, "docker-proxy -proto tcp -host-ip " + (hostIp == null ? "0.0.0.0" : hostIp) + " -host-port " + hostPort + " -container-ip "
                            + containerIp + " -container-port " + containerPort));
        }
    }
}
