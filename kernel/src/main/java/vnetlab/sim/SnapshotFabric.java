package vnetlab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vnetlab.model.DockerDriver;
import vnetlab.model.HypervisorKind;
import vnetlab.model.Ipv4;
import vnetlab.model.NicMode;
import vnetlab.model.PortForward;
import vnetlab.model.PublishedPort;
import vnetlab.model.VirtualNetworkKind;
import vnetlab.model.snapshot.AttachmentState;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.ContainerState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.DockerNetworkState;
import vnetlab.model.snapshot.HostState;
import vnetlab.model.snapshot.HypervisorState;
import vnetlab.model.snapshot.InternetHostState;
import vnetlab.model.snapshot.LanState;
import vnetlab.model.snapshot.NicState;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.model.snapshot.SwarmState;
import vnetlab.model.snapshot.VirtualNetworkState;
import vnetlab.model.snapshot.VmNicState;
import vnetlab.model.snapshot.VmState;

/** Turns a model snapshot into the simulator's fabric: every device, network and rule the lab implies. */
final class SnapshotFabric {

    private final Snapshot snapshot;
    private final FabricBuilder b;
    private final Map<String, Segment> lans = new HashMap<>();
    /** Stations by model id and by name (hosts, VMs, nodes: machines that may run things). */
    private final Map<String, Station> machines = new HashMap<>();
    private final Map<String, Segment> hypervisorNetworks = new HashMap<>();

    private SnapshotFabric(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.b = new FabricBuilder(snapshot.internet().addresses().isEmpty() ? Ipv4.parse("192.0.2.1")
                : snapshot.internet().addresses().get(0));
    }

    /** The fabric of a snapshot. */
    static Fabric of(Snapshot snapshot) {
        SnapshotFabric f = new SnapshotFabric(snapshot);
        f.build();
        return f.b.build();
    }

    private void build() {
        for (LanState lan : snapshot.lans()) {
            lans.put(lan.name(), b.lan(lanId(lan.name()), lan.name(), lan.cidr(), lan.router(), lan.publicAddress()));
        }
        for (HostState host : snapshot.hosts()) {
            host(host);
        }
        for (VmState vm : snapshot.vms()) {
            vm(vm);
        }
        for (HostState host : snapshot.hosts()) {
            for (HypervisorState hv : host.hypervisors()) {
                forwards(hv);
            }
        }
        for (SwarmState swarm : snapshot.swarms()) {
            swarm(swarm);
        }
        for (DockerEngineState engine : snapshot.dockerEngines()) {
            docker(engine);
        }
        overlayRoutes();
        for (ClusterState cluster : snapshot.clusters()) {
            Map<String, Segment> networks = new HashMap<>(dockerSegments);
            networks.putAll(lans);
            new ClusterFabric(b, cluster, networks, machines).build();
        }
        for (InternetHostState ih : snapshot.internetHosts()) {
            b.host(ih.id(), ih.name(), Station.Kind.HOST, b.internet, ih.address(), null);
        }
        for (Map.Entry<String, Ipv4> e : snapshot.publicDns().entrySet()) {
            b.fabric.dns.add(FabricBuilder.PUBLIC_ZONE, e.getKey(), e.getValue(), null, "public DNS");
        }
        b.fabric.dns.add(FabricBuilder.LAB_ZONE, "INTERNET", b.fabric.internet.address(), b.fabric.internet,
                "the lab's names");
    }

    static String lanId(String name) {
        return "lan:" + name;
    }

    private void host(HostState host) {
        Station s = null;
        for (NicState nic : host.nics()) {
            Segment lan = lans.get(nic.lan());
            if (lan == null) {
                continue;
            }
            if (s == null) {
                s = b.host(host.id(), host.name(), Station.Kind.HOST, lan, nic.address(), lan.cidr.firstHost());
                s.ifaces.set(0, new Station.Iface(lan, nic.address(), nic.name(), true));
            } else {
                s.attach(lan, nic.address(), nic.name(), true);
            }
        }
        if (s == null) {
            s = b.fabric.station(host.id(), host.name(), Station.Kind.HOST);
        }
        machines.put(host.id(), s);
        machines.put(host.name(), s);
        for (HypervisorState hv : host.hypervisors()) {
            for (VirtualNetworkState net : hv.networks()) {
                String id = host.id() + "/" + hv.name() + "/" + net.name();
                Segment seg;
                if (net.kind() == VirtualNetworkKind.HOST_ONLY) {
                    seg = b.hostOnly(s, id, net.name(), net.cidr(), net.hostAddress().orElse(net.gateway()));
                } else {
                    seg = b.natEngine(s, id, net.name(), net.cidr(), net.gateway(), hv.name(), natLabel(hv.kind()),
                            net.name());
                    seg.realm = id;
                    if (hv.kind() == HypervisorKind.VMWARE || hv.kind() == HypervisorKind.KVM) {
                        // VMnet8 and virbr0 are host adapters too: the host reaches its NAT VMs directly
                        // (GROUND-TRUTH: VMware virtual network table; libvirt default.xml bridge virbr0).
                        Segment shared = seg;
                        s.ifaces.removeIf(i -> i.segment() == shared);
                        Station owner = s;
                        owner.attach(shared, net.gateway(), net.name(), true);
                        net.hostAddress().filter(a -> !a.equals(net.gateway()))
                                .ifPresent(a -> owner.attach(shared, a, net.name(), true));
                    }
                }
                hypervisorNetworks.put(hv.name() + "/" + net.name(), seg);
                hypervisorNetworks.put(host.name() + "/" + net.name(), seg);
            }
        }
    }

    private static String natLabel(HypervisorKind kind) {
        return switch (kind) {
            case VIRTUALBOX -> "VirtualBox NAT";
            case VMWARE -> "VMware NAT";
            case KVM -> "libvirt NAT";
            case DOCKER_DESKTOP -> "Docker Desktop NAT";
        };
    }

    private final Map<String, Segment> vmNat = new HashMap<>();

    private void vm(VmState vm) {
        Station host = machines.get(vm.host());
        Station s = b.fabric.station(vm.id(), vm.name(), Station.Kind.VM);
        machines.put(vm.id(), s);
        machines.put(vm.name(), s);
        s.resolvers.add(FabricBuilder.LAB_ZONE);
        s.resolvers.add(FabricBuilder.PUBLIC_ZONE);
        for (VmNicState nic : vm.nics()) {
            Segment seg = vmSegment(vm, nic, host);
            if (seg == null) {
                continue;
            }
            s.attach(seg, nic.address(), "nic" + nic.index(), true);
            if (s.gatewaySegment == null && nic.mode() != NicMode.HOST_ONLY && nic.gateway() != null) {
                s.defaultRoute(nic.gateway(), seg);
            }
            if (s.ifaces.size() == 1) {
                b.fabric.dns.add(FabricBuilder.LAB_ZONE, vm.name(), nic.address(), s, "the lab's names");
            }
        }
    }

    private Segment vmSegment(VmState vm, VmNicState nic, Station host) {
        switch (nic.mode()) {
            case BRIDGED:
                return lans.get(nic.network());
            case HOST_ONLY:
                return network(vm, nic);
            case NAT_NETWORK:
                return network(vm, nic);
            case NAT:
            default:
                if (vm.kind() == HypervisorKind.VIRTUALBOX || network(vm, nic) == null) {
                    if (host == null) {
                        return null;
                    }
                    // GROUND-TRUTH (VirtualBox manual, nat-address-config): each NAT NIC has its own NAT engine.
                    String id = vm.id() + "/nat" + nic.index();
                    Segment seg = b.natEngine(host, id, "NAT of " + vm.name(), nic.subnet(), nic.gateway(),
                            vm.hypervisor(), natLabel(vm.kind()), vm.name());
                    vmNat.put(vm.name() + "/" + nic.index(), seg);
                    return seg;
                }
                return network(vm, nic);
        }
    }

    private Segment network(VmState vm, VmNicState nic) {
        Segment seg = hypervisorNetworks.get(vm.hypervisor() + "/" + nic.network());
        return seg != null ? seg : hypervisorNetworks.get(vm.host() + "/" + nic.network());
    }

    private void forwards(HypervisorState hv) {
        Station host = machines.get(hv.host());
        if (host == null) {
            return;
        }
        for (PortForward pf : hv.forwards()) {
            Segment nat = vmNat.get(pf.vm() + "/" + pf.nic());
            if (nat == null && machines.containsKey(pf.vm())) {
                for (Station.Iface i : machines.get(pf.vm()).ifaces) {
                    if (i.segment().kind == Segment.Kind.VBOX_NAT && i.segment().cidr.contains(pf.guestIp())) {
                        nat = i.segment();
                    }
                }
            }
            if (nat == null) {
                continue;
            }
            Ipv4 hostIp = pf.hostIp() == null || pf.hostIp().equals(Ipv4.ANY) ? null : pf.hostIp();
            String rule = hv.kind() == HypervisorKind.VIRTUALBOX
                    ? "VBoxManage modifyvm " + pf.vm() + " --natpf" + pf.nic() + " \"" + pf.natpf() + "\""
                    : natLabel(hv.kind()) + " port forward " + pf.natpf();
            b.portForward(host, pf.protocol(), hostIp, pf.hostPort(), nat, pf.guestIp(), pf.guestPort(),
                    natLabel(hv.kind()) + " port forward", rule);
        }
    }

    /** Overlay segments per (network, host): the hosts are the VXLAN tunnel endpoints (GROUND-TRUTH: overlay). */
    private final Map<String, Segment> overlays = new HashMap<>();
    private final Map<String, DockerNetworkState> overlayNets = new HashMap<>();
    /** Per overlay network: each container's address and the host it runs on. */
    private final Map<String, List<Map.Entry<Ipv4, Station>>> overlayMembers = new HashMap<>();

    private void swarm(SwarmState swarm) {
        for (DockerNetworkState net : swarm.overlays()) {
            if (net.subnet().isEmpty()) {
                continue;
            }
            overlayNets.put(net.name(), net);
            overlayNets.put(net.id(), net);
            for (String machine : swarm.machines()) {
                Station host = machines.get(machine);
                if (host == null) {
                    continue;
                }
                Segment seg = b.fabric.segment(net.id() + "@" + host.id, net.name() + " on " + host.name,
                        net.subnet().get(), Segment.Kind.OVERLAY);
                seg.realm = net.id();
                seg.fallback = host;
                host.forwards = true;
                host.attach(seg, net.gateway().orElse(net.subnet().get().firstHost()), "vxlan:" + net.name(), true);
                overlays.put(net.id() + "@" + host.id, seg);
            }
        }
    }

    private void overlayRoutes() {
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
     * Docker Desktop: ports published in its VM are forwarded from the laptop's own addresses and from localhost
     * (the model's docs: "ports its containers publish are forwarded to the laptop's own addresses").
     */
    private void desktopForwards(Station laptop, Station vm, DockerEngineState engine) {
        Station.Iface vmIface = vm.ifaces.isEmpty() ? null : vm.ifaces.get(0);
        if (vmIface == null) {
            return;
        }
        for (ContainerState c : engine.containers()) {
            for (PublishedPort p : c.published()) {
                String rule = "Docker Desktop forwards " + p.protocol() + "/" + p.hostPort() + " to " + vm.name + " "
                        + vmIface.ip() + ":" + p.hostPort();
                laptop.dnat.add(new Rules.Dnat(p.protocol(), null, p.hostPort(), vmIface.segment(), vmIface.ip(),
                        p.hostPort(), vmIface.segment(), "Docker Desktop port forwarding", rule));
                if (p.protocol() == vnetlab.model.Protocol.TCP) {
                    laptop.proxies.add(new Rules.Proxy("Docker Desktop port forwarding", Ipv4.LOOPBACK, p.hostPort(),
                            null, vmIface.ip(), p.hostPort(), vmIface.segment(), rule));
                }
            }
        }
    }

    /** The Docker network of a kind or minikube cluster, by name. */
    Segment dockerSegment(String name) {
        return dockerSegments.get(name);
    }

    private void docker(DockerEngineState engine) {
        Station host = machines.get(engine.machineId());
        if (host == null) {
            host = machines.get(engine.machine());
        }
        if (host == null) {
            return;
        }
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
        for (ContainerState c : engine.containers()) {
            container(host, c, bridges, networks);
        }
        dockerSegments.putAll(bridges);
        if (engine.desktopHost().isPresent() && machines.containsKey(engine.desktopHost().get())) {
            desktopForwards(machines.get(engine.desktopHost().get()), host, engine);
        }
    }

    private void container(Station host, ContainerState c, Map<String, Segment> bridges,
                           Map<String, DockerNetworkState> networks) {
        if (c.hostNetwork()) {
            // GROUND-TRUTH (Docker host driver): no own address, the host's stack; published ports are discarded.
            b.fabric.stations.put(c.id(), host);
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
                for (String name : a.dnsNames()) {
                    b.fabric.dns.add("docker:" + on.id(), name, a.address().get(), s,
                            "Docker's embedded DNS at 127.0.0.11");
                }
            } else if (seg != null) {
                s.attach(seg, a.address().get(), "eth" + (s.ifaces.size()), true);
                if (s.gatewaySegment == null) {
                    s.defaultRoute(net.gateway().orElse(seg.cidr.firstHost()), seg);
                }
                if (net.userDefined()) {
                    // GROUND-TRUTH (Docker): embedded DNS at 127.0.0.11 on user-defined networks only.
                    s.resolvers.add(0, "docker:" + net.id());
                    for (String name : a.dnsNames()) {
                        b.fabric.dns.add("docker:" + net.id(), name, a.address().get(), s,
                                "Docker's embedded DNS at 127.0.0.11");
                    }
                }
                for (PublishedPort p : c.published()) {
                    Ipv4 hostIp = p.hostIp().equals(Ipv4.ANY) ? null : p.hostIp();
                    b.publish(host, seg, p.protocol(), hostIp, p.hostPort(), a.address().get(), p.containerPort());
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
            s.resolvers.add(FabricBuilder.PUBLIC_ZONE);
        }
    }

    /** Used by {@link ClusterFabric}: the endpoints of a Service, found by pod id or name. */
    static List<Station> pods(List<String> endpoints, Map<String, Station> pods) {
        List<Station> out = new ArrayList<>();
        for (String e : endpoints) {
            Station p = pods.get(e);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    static Optional<Segment> segment(Map<String, Segment> lans, String name) {
        return Optional.ofNullable(lans.get(name));
    }
}
