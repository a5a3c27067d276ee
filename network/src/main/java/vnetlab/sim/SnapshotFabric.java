package vnetlab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnetlab.model.HypervisorKind;
import vnetlab.model.Ipv4;
import vnetlab.model.NicMode;
import vnetlab.model.PortForward;
import vnetlab.model.VirtualNetworkKind;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.DockerEngineState;
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
        Fabric fabric = f.b.build();
        fabric.snapshot = snapshot;
        return fabric;
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
        DockerFabric docker = new DockerFabric(b, lans, machines);
        for (SwarmState swarm : snapshot.swarms()) {
            docker.swarm(swarm);
        }
        for (DockerEngineState engine : snapshot.dockerEngines()) {
            docker.engine(engine);
        }
        docker.overlayRoutes();
        for (HostState host : snapshot.hosts()) {
            netfilter(host.id());
        }
        for (VmState vm : snapshot.vms()) {
            netfilter(vm.id());
        }
        for (ClusterState cluster : snapshot.clusters()) {
            Map<String, Segment> networks = new HashMap<>(docker.segments());
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

    /** A machine's netfilter rules: the same model its {@code iptables()} prints (Docker's, libvirt's). */
    private void netfilter(String machineId) {
        Station s = machines.get(machineId);
        if (s != null) {
            s.netfilter = vnetlab.model.netfilter.Netfilter.machine(snapshot, machineId);
        }
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
        s.down = host.failed();
        for (HypervisorState hv : host.hypervisors()) {
            for (VirtualNetworkState net : hv.networks()) {
                String id = host.id() + "/" + hv.name() + "/" + net.name();
                Segment seg;
                if (net.kind() == VirtualNetworkKind.HOST_ONLY) {
                    seg = b.hostOnly(s, id, net.name(), net.cidr(), net.hostAddress().orElse(net.gateway()));
                } else {
                    seg = b.natEngine(s, id, net.name(), net.cidr(), net.gateway(), hv.name(), natLabel(hv.kind()),
                            net.name(), hv.kind() == HypervisorKind.KVM);
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
                            vm.hypervisor(), natLabel(vm.kind()), vm.name(), false);
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
}
