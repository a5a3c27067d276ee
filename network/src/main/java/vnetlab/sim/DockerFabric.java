package vnetlab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnetlab.model.DockerDriver;
import vnetlab.model.Ipv4;
import vnetlab.model.PublishedPort;
import vnetlab.model.snapshot.AttachmentState;
import vnetlab.model.snapshot.ContainerState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.DockerNetworkState;
import vnetlab.model.snapshot.SwarmState;

/**
 * Docker in the fabric: each engine's bridge networks and containers (published ports, embedded DNS, host, none and
 * macvlan drivers), swarm overlays between hosts, and Docker Desktop's forwarding from the laptop into its VM.
 */
final class DockerFabric {

    private final FabricBuilder b;
    private final Map<String, Segment> lans;
    private final Map<String, Station> machines;

    DockerFabric(FabricBuilder b, Map<String, Segment> lans, Map<String, Station> machines) {
        this.b = b;
        this.lans = lans;
        this.machines = machines;
    }

    /** Docker bridge networks by name and id (kind's and minikube's nodes sit on one). */
    Map<String, Segment> segments() {
        return dockerSegments;
    }

    /** Overlay segments per (network, host): the hosts are the VXLAN tunnel endpoints (GROUND-TRUTH: overlay). */
    private final Map<String, Segment> overlays = new HashMap<>();
    private final Map<String, DockerNetworkState> overlayNets = new HashMap<>();
    /** Per overlay network: each container's address and the host it runs on. */
    private final Map<String, List<Map.Entry<Ipv4, Station>>> overlayMembers = new HashMap<>();

    /** The overlay networks of each swarm, by swarm name; the members' hosts join them in {@link #engine}. */
    private final Map<String, List<DockerNetworkState>> swarmOverlays = new HashMap<>();

    void swarm(SwarmState swarm) {
        List<DockerNetworkState> nets = new ArrayList<>();
        for (DockerNetworkState net : swarm.overlays()) {
            if (net.subnet().isEmpty()) {
                continue;
            }
            overlayNets.put(net.name(), net);
            overlayNets.put(net.id(), net);
            nets.add(net);
        }
        swarmOverlays.put(swarm.name(), nets);
    }

    /**
     * A swarm member's end of each overlay: the host is the VXLAN tunnel endpoint. Found through the engine's own
     * machine id, not the swarm's list of machine names, which a host and a VM may share.
     */
    private void joinOverlays(Station host, DockerEngineState engine) {
        for (DockerNetworkState net : swarmOverlays.getOrDefault(engine.swarm().orElse(""), List.of())) {
            String key = net.id() + "@" + host.id;
            if (overlays.containsKey(key)) {
                continue;
            }
            Segment seg = b.fabric.segment(key, net.name() + " on " + host.name, net.subnet().get(),
                    Segment.Kind.OVERLAY);
            seg.realm = net.id();
            seg.fallback = host;
            host.forwards = true;
            host.attach(seg, net.gateway().orElse(net.subnet().get().firstHost()), "vxlan:" + net.name(), true);
            overlays.put(key, seg);
        }
    }

    void overlayRoutes() {
        for (Map.Entry<String, List<Map.Entry<Ipv4, Station>>> e : overlayMembers.entrySet()) {
            DockerNetworkState net = overlayNets.get(e.getKey());
            for (Map.Entry<Ipv4, Station> member : e.getValue()) {
                Station home = member.getValue();
                Station.Iface remote = home.ifaces.isEmpty() ? null : home.ifaces.get(0);
                if (remote == null) {
                    continue;
                }
                for (Map.Entry<Ipv4, Station> other : e.getValue()) {
                    Station host = other.getValue();
                    if (host != home && host.ifaceOn(remote.segment()) != null) {
                        addOnce(host, new Station.Route(vnetlab.model.Cidr.of(member.getKey(), 32), remote.ip(),
                                remote.segment(), "VXLAN (overlay " + net.name() + ", udp/4789)"));
                    }
                }
            }
        }
    }

    private static void addOnce(Station host, Station.Route route) {
        if (!host.routes.contains(route)) {
            host.routes.add(route);
        }
    }

    /** Docker bridge networks by name and id (kind's nodes sit on the "kind" network). */
    private final Map<String, Segment> dockerSegments = new HashMap<>();

    /**
     * Docker Desktop: ports published in its VM are forwarded, in user space, from the laptop's own addresses and from localhost
     * (the model's docs: "ports its containers publish are forwarded to the laptop's own addresses"), bound on the
     * same host IP as in {@code docker run -p}: on 127.0.0.1 only localhost is forwarded, on one address only that
     * one (GROUND-TRUTH: Docker, publishing).
     */
    private void desktopForwards(Station laptop, Station vm, DockerEngineState engine) {
        Station.Iface vmIface = vm.ifaces.isEmpty() ? null : vm.ifaces.get(0);
        if (vmIface == null) {
            return;
        }
        for (ContainerState c : engine.containers()) {
            for (PublishedPort p : c.published()) {
                boolean any = p.hostIp().equals(Ipv4.ANY);
                boolean loopback = p.hostIp().isLoopback();
                String rule = "Docker Desktop forwards " + p.protocol() + "/" + (any ? "" : p.hostIp() + ":")
                        + p.hostPort() + " to " + vm.name + " " + vmIface.ip() + ":" + p.hostPort();
                if (loopback) {
                    laptop.loopbackOnly.add(new Rules.LoopbackOnly(p.protocol(), p.hostPort(), c.name(),
                            p.containerPort()));
                }
                if (p.protocol() == vnetlab.model.Protocol.TCP) {
                    // A user-space forwarder: it accepts on the laptop and opens its own connection into the VM, so
                    // the container sees the forwarder's address, not the client's (GROUND-TRUTH: Docker Desktop).
                    laptop.proxies.add(new Rules.Proxy("Docker Desktop port forwarding", any ? null : p.hostIp(),
                            p.hostPort(), null, vmIface.ip(), p.hostPort(), vmIface.segment(), rule));
                }
            }
        }
    }

    void engine(DockerEngineState engine) {
        Station host = machines.get(engine.machineId());
        if (host == null) {
            host = machines.get(engine.machine());
        }
        if (host == null) {
            return;
        }
        joinOverlays(host, engine);
        Map<String, Segment> bridges = new HashMap<>();
        Map<String, DockerNetworkState> networks = new HashMap<>();
        for (DockerNetworkState net : engine.networks()) {
            networks.put(net.name(), net);
            networks.put(net.id(), net);
            if (net.driver() == DockerDriver.BRIDGE && net.subnet().isPresent()) {
                String device = net.bridge().orElse(net.name());
                String shown = device.equals(net.name()) ? net.name() : net.name() + " (" + device + ")";
                Segment seg = b.dockerBridge(host, net.id(), shown, device,
                        net.subnet().get(), net.gateway().orElse(net.subnet().get().firstHost()), engine.machine());
                bridges.put(net.name(), seg);
                bridges.put(net.id(), seg);
            }
        }
        boolean desktop = engine.desktopHost().isPresent() && machines.containsKey(engine.desktopHost().get());
        for (ContainerState c : engine.containers()) {
            if (c.sharesStackOf().isEmpty()) {
                container(host, c, bridges, networks, desktop);
            }
        }
        for (ContainerState c : engine.containers()) {
            // docker run --network container:x (Compose network_mode service:x): one network stack for both.
            c.sharesStackOf().map(b.fabric.stations::get).ifPresent(owner -> b.fabric.stations.put(c.id(), owner));
        }
        dockerSegments.putAll(bridges);
        if (engine.desktopHost().isPresent() && machines.containsKey(engine.desktopHost().get())) {
            desktopForwards(machines.get(engine.desktopHost().get()), host, engine);
        }
    }

    private void container(Station host, ContainerState c, Map<String, Segment> bridges,
                           Map<String, DockerNetworkState> networks, boolean desktop) {
        if (c.hostNetwork()) {
            // GROUND-TRUTH (Docker host driver): no own address, the host's stack; published ports are discarded.
            b.fabric.stations.put(c.id(), host);
            host.hostNetworkContainers.add(c.name());
            return;
        }
        Station s = b.fabric.station(c.id(), c.name(), Station.Kind.CONTAINER);
        for (AttachmentState a : c.networks()) {
            DockerNetworkState net = networks.containsKey(a.network()) ? networks.get(a.network())
                    : overlayNets.get(a.network());
            if (a.address().isEmpty() || net == null) {
                continue;
            }
            Segment seg = bridges.get(a.network());
            Segment overlay = net.driver() == DockerDriver.OVERLAY && overlayNets.containsKey(a.network())
                    ? overlays.get(overlayNets.get(a.network()).id() + "@" + host.id) : null;
            if (overlay != null) {
                DockerNetworkState on = overlayNets.get(a.network());
                s.attach(overlay, a.address().get(), "eth" + s.ifaces.size(), true);
                overlayMembers.computeIfAbsent(on.id(), k -> new ArrayList<>())
                        .add(Map.entry(a.address().get(), host));
                s.resolvers.add(0, "docker:" + on.id());
                b.fabric.dns.label("docker:" + on.id(), on.name());
                for (String name : a.dnsNames()) {
                    b.fabric.dns.add("docker:" + on.id(), name, a.address().get(), s,
                            "Docker's embedded DNS at 127.0.0.11");
                }
            } else if (seg != null) {
                s.attach(seg, a.address().get(), "eth" + (s.ifaces.size()), true);
                // docker network create --internal: no default route through it, nothing published on it.
                if (s.gatewaySegment == null && !net.internal()) {
                    s.defaultRoute(net.gateway().orElse(seg.cidr.firstHost()), seg);
                }
                if (net.userDefined()) {
                    // GROUND-TRUTH (Docker): embedded DNS at 127.0.0.11 on user-defined networks only.
                    s.resolvers.add(0, "docker:" + net.id());
                    b.fabric.dns.label("docker:" + net.id(), net.name());
                    for (String name : a.dnsNames()) {
                        b.fabric.dns.add("docker:" + net.id(), name, a.address().get(), s,
                                "Docker's embedded DNS at 127.0.0.11");
                    }
                }
                for (PublishedPort p : net.internal() ? List.<PublishedPort>of() : c.published()) {
                    // Docker Desktop binds the host IP on the laptop (desktopForwards); inside its VM the forwarded
                    // connection arrives on the VM's own address, so there the port is open on every address.
                    Ipv4 hostIp = desktop || p.hostIp().equals(Ipv4.ANY) ? null : p.hostIp();
                    b.publish(host, seg, p.protocol(), hostIp, p.hostPort(), a.address().get(), p.containerPort(),
                            c.name());
                }
            } else if ((net.driver() == DockerDriver.MACVLAN || net.driver() == DockerDriver.IPVLAN)
                    && net.parentLan().isPresent() && lans.containsKey(net.parentLan().get())) {
                // GROUND-TRUTH (Docker macvlan): directly on the parent's LAN, no NAT; the host cannot reach it.
                Segment lan = lans.get(net.parentLan().get());
                s.attach(lan, a.address().get(), "eth" + s.ifaces.size(), true);
                s.defaultRoute(net.gateway().orElse(lan.cidr.firstHost()), lan);
                s.macvlanParent = host;
            }
        }
        if (!s.ifaces.isEmpty()) {
            // GROUND-TRUTH (Docker): containers get the host's resolv.conf (minus loopback entries).
            s.resolvers.add(FabricBuilder.LAB_ZONE);
            s.resolvers.add(FabricBuilder.PUBLIC_ZONE);
        }
    }
}
