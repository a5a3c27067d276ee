package vnetlab.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vnetlab.model.DockerDriver;
import vnetlab.model.NicMode;
import vnetlab.model.PortForward;
import vnetlab.model.Protocol;
import vnetlab.model.PublishedPort;
import vnetlab.model.VirtualNetworkKind;
import vnetlab.model.snapshot.AttachmentState;
import vnetlab.model.snapshot.ContainerState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.DockerNetworkState;
import vnetlab.model.snapshot.HostState;
import vnetlab.model.snapshot.HypervisorState;
import vnetlab.model.snapshot.InternetHostState;
import vnetlab.model.snapshot.LanState;
import vnetlab.model.snapshot.NicState;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.model.snapshot.VirtualNetworkState;
import vnetlab.model.snapshot.VmNicState;
import vnetlab.model.snapshot.VmState;

/**
 * Draws a lab from its snapshot: the internet at the top, each LAN's router (with its NAT) and the LAN with its CIDR,
 * then hosts as boxes containing their hypervisors (VMs, virtual switches, NAT engines) and Docker engines (bridges,
 * containers), Kubernetes clusters (see {@link ClusterPicture}); every NIC's address at the end of its link, port
 * forwards and published ports as dashed arrows.
 *
 * <pre>{@code
 * LabPicture.of(lab.snapshot()).draw().dot()
 * }</pre>
 */
final class LabPicture {
    final Scene scene;
    final Snapshot lab;
    final Set<Layer> layers = new LinkedHashSet<>();

    private LabPicture(Snapshot lab, String title) {
        this.lab = lab;
        this.scene = new Scene(title);
    }

    /** The scene of a whole lab. */
    static Scene of(Snapshot lab) {
        LabPicture p = new LabPicture(lab, lab.lab());
        p.internet();
        for (LanState lan : lab.lans()) {
            p.lan(lan);
        }
        for (HostState host : lab.hosts()) {
            p.host(host);
        }
        lab.clusters().forEach(c -> new ClusterPicture(p).cluster(c));
        p.finish();
        return p.scene;
    }

    /** The scene of one host with the LANs it is on. */
    static Scene ofHost(Snapshot lab, String host) {
        HostState h = lab.host(host).orElseThrow(() -> new IllegalArgumentException(
                "host \"" + host + "\" is not in lab \"" + lab.lab() + "\""));
        LabPicture p = new LabPicture(lab, host);
        for (NicState nic : h.nics()) {
            if (!p.scene.has(lanId(nic.lan()))) {
                lab.lan(nic.lan()).ifPresent(p::lanOnly);
            }
        }
        p.host(h);
        p.finish();
        return p.scene;
    }

    static String lanId(String lan) {
        return "lan:" + lan;
    }

    void finish() {
        layers.add(Layer.INTERNET);
        List<Layer> order = new ArrayList<>();
        for (Layer l : Layer.values()) {
            if (layers.contains(l)) {
                order.add(l);
            }
        }
        scene.legend(order.toArray(new Layer[0]));
    }

    private void internet() {
        scene.thing("internet", Element.INTERNET, "internet");
        for (InternetHostState h : lab.internetHosts()) {
            scene.thing(h.id(), Element.INTERNET_HOST, h.name(), h.address().toString());
            scene.link("internet", h.id());
        }
    }

    private void lan(LanState lan) {
        layers.add(Layer.PHYSICAL);
        String router = lanId(lan.name()) + "/router"; // the simulator's router station id
        scene.thing(router, Element.ROUTER, lan.name() + " router", "NAT → " + lan.publicAddress());
        scene.thing(lanId(lan.name()), Element.LAN, lan.name(), lan.cidr().toString());
        scene.link("internet", router).head(lan.publicAddress().toString());
        scene.link(router, lanId(lan.name())).tail(lan.router().toString());
    }

    private void lanOnly(LanState lan) {
        layers.add(Layer.PHYSICAL);
        scene.thing(lanId(lan.name()), Element.LAN, lan.name(), lan.cidr().toString());
    }

    private void host(HostState host) {
        layers.add(Layer.PHYSICAL);
        boolean inside = !host.hypervisors().isEmpty() || host.docker();
        List<String> lines = new ArrayList<>();
        lines.add(host.name());
        List<String> nics = new ArrayList<>();
        for (NicState nic : host.nics()) {
            nics.add(nic.name());
        }
        if (!nics.isEmpty()) {
            lines.add(String.join(" · ", nics));
        }
        if (host.failed()) {
            lines.add("FAILED");
        }
        Scene.Box box = null;
        if (inside) {
            box = scene.box(host.id(), Layer.PHYSICAL, host.name());
            box.thing(host.id(), Element.HOST, lines.toArray(new String[0]));
        } else {
            scene.thing(host.id(), Element.HOST, lines.toArray(new String[0]));
        }
        for (NicState nic : host.nics()) {
            scene.link(lanId(nic.lan()), host.id()).head(nic.address().toString());
        }
        for (HypervisorState hv : host.hypervisors()) {
            hypervisor(box, host, hv);
        }
        if (host.docker()) {
            Scene.Box hostBox = box;
            lab.docker(host.name()).ifPresent(engine -> docker(hostBox, host.id(), engine));
        }
    }

    private void hypervisor(Scene.Box hostBox, HostState host, HypervisorState hv) {
        layers.add(Layer.HYPERVISOR);
        Scene.Box box = hostBox.box("hypervisor:" + host.name() + "/" + hv.name(), Layer.HYPERVISOR, hv.kind().label());
        List<VmState> vms = new ArrayList<>();
        for (String name : hv.vms()) {
            lab.vm(name).ifPresent(vms::add);
        }
        // only the virtual networks a VM uses: an unused vboxnet0 would only add clutter
        Set<String> used = new LinkedHashSet<>();
        for (VmState vm : vms) {
            for (VmNicState nic : vm.nics()) {
                used.add(nic.network());
            }
        }
        for (VirtualNetworkState net : hv.networks()) {
            if (!used.contains(net.name())) {
                continue;
            }
            String sw = vnetId(host, hv, net.name());
            box.thing(sw, Element.SWITCH, net.name(), word(net.kind()) + " " + net.cidr());
            if (net.kind() == VirtualNetworkKind.HOST_ONLY) {
                Scene.Link l = scene.link(host.id(), sw).in(Layer.HYPERVISOR);
                net.hostAddress().ifPresent(a -> l.head(a.toString()));
            } else {
                String nat = sw + "/nat";
                box.thing(nat, Element.NAT, "NAT of " + net.name(), "gateway " + net.gateway());
                scene.link(host.id(), nat).in(Layer.HYPERVISOR);
                scene.link(nat, sw).in(Layer.HYPERVISOR);
            }
        }
        for (VmState vm : vms) {
            vm(box, host, hv, vm);
        }
        for (PortForward f : hv.forwards()) {
            String on = f.hostIp() == null || f.hostIp().toString().equals("0.0.0.0") ? "" : " on " + f.hostIp();
            lab.vm(f.vm()).ifPresent(vm -> scene.link(host.id(), vm.id()).rule()
                    .label("forward " + protocol(f.protocol()) + f.hostPort() + " → " + f.guestPort() + on));
        }
    }

    private void vm(Scene.Box hvBox, HostState host, HypervisorState hv, VmState vm) {
        List<String> lines = new ArrayList<>();
        lines.add(vm.name());
        for (VmNicState nic : vm.nics()) {
            lines.add(vm.nics().size() == 1 ? nic.mode().label() : "NIC " + nic.index() + ": " + nic.mode().label());
        }
        Optional<DockerEngineState> docker = vm.docker() ? lab.docker(vm.name()) : Optional.empty();
        Scene.Box vmBox = docker.isPresent() ? hvBox.box("box:" + vm.id(), Layer.HYPERVISOR, "VM " + vm.name()) : hvBox;
        vmBox.thing(vm.id(), Element.VM, lines.toArray(new String[0]));
        Set<String> networks = new LinkedHashSet<>();
        hv.networks().forEach(n -> networks.add(n.name()));
        for (VmNicState nic : vm.nics()) {
            String address = nic.address().toString();
            if (nic.mode() == NicMode.BRIDGED) {
                scene.link(lanId(nic.network()), vm.id()).head(address).label("bridged").in(Layer.HYPERVISOR);
            } else if (networks.contains(nic.network())) {
                scene.link(vnetId(host, hv, nic.network()), vm.id()).head(address).in(Layer.HYPERVISOR);
            } else {
                // VirtualBox: each NAT NIC sits behind its own NAT engine (user manual, "NAT networking")
                String nat = vm.id() + "/nat" + nic.index(); // the simulator's id of this NAT engine
                String dns = nic.dns().map(d -> " · DNS " + d).orElse("");
                hvBox.thing(nat, Element.NAT, "NAT engine of " + vm.name(), "gw " + nic.gateway() + dns);
                scene.link(host.id(), nat).in(Layer.HYPERVISOR);
                scene.link(nat, vm.id()).head(address).in(Layer.HYPERVISOR);
            }
        }
        docker.ifPresent(engine -> docker(vmBox, vm.id(), engine));
    }

    private void docker(Scene.Box machineBox, String machineId, DockerEngineState engine) {
        layers.add(Layer.CONTAINER);
        String m = engine.machine();
        Scene.Box box = machineBox.box("docker:" + m, Layer.CONTAINER, "Docker Engine");
        String nat = machineId + "/iptables-nat";
        boolean natDrawn = false;
        java.util.Map<String, String> netIds = new java.util.HashMap<>();
        for (DockerNetworkState net : engine.networks()) {
            String id = net.id(); // the simulator's id of the bridge
            netIds.put(net.name(), id);
            String range = net.subnet().map(Object::toString).orElse("");
            if (net.driver() == DockerDriver.BRIDGE) {
                if (!natDrawn) {
                    box.thing(nat, Element.NAT, "iptables NAT", "DNAT · MASQUERADE")
                            .in(Layer.CONTAINER);
                    scene.link(machineId, nat).in(Layer.CONTAINER);
                    natDrawn = true;
                }
                List<String> lines = new ArrayList<>();
                lines.add(net.bridge().orElse(net.name()));
                lines.add(net.name() + " " + range);
                net.dns().ifPresent(d -> lines.add("DNS " + d));
                box.thing(id, Element.BRIDGE, lines.toArray(new String[0]));
                Scene.Link l = scene.link(nat, id).in(Layer.CONTAINER);
                net.gateway().ifPresent(g -> l.head(g.toString()));
            } else if (net.driver() == DockerDriver.OVERLAY) {
                // one overlay spans the swarm's hosts: drawn once, outside them, each member linked to it
                if (!scene.has(id)) {
                    scene.thing(id, Element.BRIDGE, net.name(), "overlay " + range,
                            "swarm " + net.swarm().orElse("")).in(Layer.CONTAINER);
                }
                scene.link(machineId, id).label("VXLAN 4789/udp").in(Layer.CONTAINER);
            } else if (scene.has(id)) {
                continue;
            } else if (net.driver() == DockerDriver.MACVLAN || net.driver() == DockerDriver.IPVLAN) {
                box.thing(id, Element.BRIDGE, net.name(), net.driver() + " on " + net.parentNic().orElse("eth0"));
                net.parentLan().ifPresent(lan -> scene.link(lanId(lan), id).in(Layer.CONTAINER));
            }
        }
        for (ContainerState c : engine.containers()) {
            List<String> lines = new ArrayList<>(List.of(c.name(), c.image()));
            if (c.hostNetwork()) {
                lines.add("host network");
            }
            box.thing(c.id(), Element.CONTAINER, lines.toArray(new String[0]));
            for (AttachmentState a : c.networks()) {
                String net = netIds.getOrDefault(a.network(), a.network());
                if (a.address().isPresent() && scene.has(net)) {
                    scene.link(net, c.id()).head(a.address().get().toString()).in(Layer.CONTAINER);
                }
            }
            if (c.hostNetwork()) {
                scene.link(machineId, c.id()).label("shares the host's stack").in(Layer.CONTAINER);
            }
            for (PublishedPort p : c.published()) {
                String on = p.hostIp() == null || p.hostIp().toString().equals("0.0.0.0") ? "" : " on " + p.hostIp();
                scene.link(machineId, c.id()).rule()
                        .label("publish " + protocol(p.protocol()) + p.hostPort() + " → " + p.containerPort() + on);
            }
        }
    }

    /** The simulator's id of a hypervisor's virtual network: {@code host:laptop/vbox/vboxnet0}. */
    static String vnetId(HostState host, HypervisorState hv, String net) {
        return host.id() + "/" + hv.name() + "/" + net;
    }

    static String protocol(Protocol p) {
        return p == null || p == Protocol.TCP ? "tcp " : p + " ";
    }

    private static String word(VirtualNetworkKind kind) {
        return switch (kind) {
            case HOST_ONLY -> "host-only";
            case NAT -> "NAT";
            case NAT_NETWORK -> "NAT Network";
        };
    }
}
