package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;
import vnetlab.model.netfilter.RouterRules;

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
        router.attach(lan, routerIp, RouterRules.LAN, true);
        router.attach(internet, publicIp, RouterRules.WAN, true);
        router.defaultRoute(null, internet);
        vnetlab.model.netfilter.Iptables.Builder rules = vnetlab.model.netfilter.Iptables.builder();
        RouterRules.write(cidr, publicIp, rules);
        router.netfilter = rules.build();
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
                      String vm, boolean netfilterNat) {
        Segment nat = fabric.segment(id, name, cidr, Segment.Kind.VBOX_NAT);
        host.attach(nat, gateway, "NAT engine", false);
        host.forwards = true;
        nat.front = host;
        nat.hideReason = DropReason.NAT_HIDES_VM;
        nat.owner = owner;
        if (!netfilterNat) {
            // A user-space NAT engine (VirtualBox, VMware's vmnat): the guest's connections leave from the host.
            host.snat.add(new Rules.Snat(null, nat, null, nat, null, null, "SNAT", label,
                    label + " engine of " + vm + ": outgoing connections leave from the host's own address"));
        }
        // libvirt's NAT is netfilter: the host's LIBVIRT_PRT rules (vnetlab.model.netfilter.LibvirtRules).
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
     * A Docker bridge network on a host: the bridge device at {@code gateway}. Its NAT and isolation are the host's
     * netfilter rules (Docker's writer, {@code vnetlab.model.netfilter.DockerRules}).
     */
    Segment dockerBridge(Station host, String id, String name, String device, Cidr cidr, Ipv4 gateway, String owner) {
        Segment bridge = fabric.segment(id, name, cidr, Segment.Kind.DOCKER_BRIDGE);
        host.attach(bridge, gateway, device, true);
        host.forwards = true;
        bridge.front = host;
        bridge.hideReason = DropReason.PORT_NOT_PUBLISHED;
        bridge.owner = owner;
        return bridge;
    }

    private static String deviceOf(Station host, Segment segment) {
        Station.Iface i = host.ifaceOn(segment);
        return i == null ? segment.name : i.device();
    }

    /**
     * A published port's user-space half: docker-proxy listens on the host IP (every host address, 127.0.0.1
     * included, when none is given) and carries what the nat rules leave to it: connections to localhost, and those
     * from a bridge network (nat {@code DOCKER -i <bridge> -j RETURN}). The DNAT itself is in the host's netfilter
     * rules. Published on 127.0.0.1 only, no other address listens (GROUND-TRUTH: Docker, {@code -p 127.0.0.1:8080:80}).
     */
    void publish(Station host, Segment bridge, Protocol protocol, Ipv4 hostIp, int hostPort, Ipv4 containerIp,
                 int containerPort, String container) {
        if (hostIp != null && hostIp.isLoopback()) {
            host.loopbackOnly.add(new Rules.LoopbackOnly(protocol, hostPort, container, containerPort));
        }
        if (protocol == Protocol.TCP) {
            host.proxies.add(new Rules.Proxy("docker-proxy", hostIp, hostPort, null, containerIp, containerPort,
                    null, "docker-proxy -proto tcp -host-ip " + (hostIp == null ? "0.0.0.0" : hostIp) + " -host-port "
                    + hostPort + " -container-ip " + containerIp + " -container-port " + containerPort));
        }
    }
}
