package vnetlab.verify;

import java.util.HashMap;
import java.util.Map;
import vnetlab.model.Cidr;
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
import vnetlab.model.snapshot.VirtualNetworkState;
import vnetlab.model.snapshot.VmNicState;
import vnetlab.model.snapshot.VmState;

/**
 * Turns a lab snapshot into a {@link Plan}: the namespaces, links, addresses, routes, sysctls and rules a real
 * system of that shape would have. LANs and the internet are Linux bridges in one switch namespace; a host's
 * virtual networks (vboxnet0, virbr0, VMnet8, docker0, br-…, cni0) are bridges in the host's own namespace.
 */
final class Planner {

    /** The port the VirtualBox NAT engine's stand-in accepts redirected connections on, inside its namespace. */
    static final int NAT_ENGINE_PORT = 65000;

    final Snapshot lab;
    final Map<String, String> rules;
    final Plan plan;
    final Plan.Space sw;
    /** LAN name → its bridge in the switch namespace. */
    final Map<String, String> lanBridge = new HashMap<>();
    /** "host/net" → the bridge of a hypervisor network, in the host's namespace. */
    private final Map<String, String> hvBridge = new HashMap<>();
    /** "vm/nic" → the VirtualBox NAT engine namespace of that NIC. */
    private final Map<String, Plan.Space> natEngines = new HashMap<>();

    private Planner(Snapshot lab, Map<String, String> rules, String prefix) {
        this.lab = lab;
        this.rules = rules;
        this.plan = new Plan(prefix);
        this.sw = plan.space(null, "the LANs' switches and the internet");
    }

    /**
     * The plan of a lab.
     *
     * @param rules the rules {@code iptables()} prints, by the id of the machine or node that holds them
     */
    static Plan of(Snapshot lab, Map<String, String> rules, String prefix) {
        Planner p = new Planner(lab, rules, prefix);
        p.build();
        return p.plan;
    }

    private void build() {
        plan.bridge(sw, "wan", null);
        Plan.Space internet = plan.space("internet", "INTERNET");
        onInternet(internet, lab.internet().addresses().isEmpty() ? Ipv4.parse("192.0.2.1")
                : lab.internet().addresses().get(0));
        for (InternetHostState ih : lab.internetHosts()) {
            onInternet(plan.space(ih.id(), ih.name()), ih.address());
        }
        int n = 0;
        for (LanState lan : lab.lans()) {
            String bridge = "lan" + (n++);
            lanBridge.put(lan.name(), bridge);
            plan.bridge(sw, bridge, null);
            router(lan, bridge);
        }
        for (HostState host : lab.hosts()) {
            host(host);
        }
        for (VmState vm : lab.vms()) {
            vm(vm);
        }
        for (HostState host : lab.hosts()) {
            for (HypervisorState hv : host.hypervisors()) {
                forwards(host, hv);
            }
        }
        DockerPlanner docker = new DockerPlanner(this);
        for (DockerEngineState engine : lab.dockerEngines()) {
            docker.engine(engine);
        }
        if (!lab.swarms().isEmpty()) {
            plan.unrealized.add("Docker swarm overlays (" + lab.swarms().size() + "): not realized yet");
        }
        for (ClusterState cluster : lab.clusters()) {
            new ClusterPlanner(this, cluster).build();
        }
        for (Plan.Space s : plan.spaces()) {
            s.config.add(0, "link set lo up");
        }
    }

    /** A namespace on the internet: its public address, every other address straight on the wire. */
    void onInternet(Plan.Space s, Ipv4 address) {
        plan.veth(s, "eth0", sw, "wan");
        s.config.add("addr add " + address + "/32 dev eth0");
        s.config.add("route add default dev eth0");
        // Only answer ARP for the address on the asking interface, as the internet routes only public addresses.
        s.sysctls.put("net.ipv4.conf.all.arp_ignore", "1");
    }

    /** A LAN's router: the LAN address, the public address, SNAT of the LAN to it (GROUND-TRUTH: home router). */
    private void router(LanState lan, String bridge) {
        Plan.Space r = plan.space("lan:" + lan.name() + "/router", lan.name() + " router");
        plan.veth(r, "lan", sw, bridge);
        r.config.add("addr add " + lan.router() + "/" + lan.cidr().prefix() + " dev lan");
        plan.veth(r, "wan", sw, "wan");
        r.config.add("addr add " + lan.publicAddress() + "/32 dev wan");
        r.config.add("route add default dev wan");
        r.sysctls.put("net.ipv4.ip_forward", "1");
        r.sysctls.put("net.ipv4.conf.all.arp_ignore", "1");
        machineRules(r, "lan:" + lan.name() + "/router"); // the router's SNAT, as printed
    }

    /** A machine's NIC on a LAN (a host, a bridged VM, a node): a veth into the LAN's bridge. */
    void onLan(Plan.Space s, String device, String lanName, Ipv4 address, Ipv4 gateway) {
        String bridge = lanBridge.get(lanName);
        if (bridge == null) {
            plan.unrealized.add(s.label + ": LAN " + lanName + " is not in the lab");
            return;
        }
        Cidr cidr = lab.lan(lanName).map(LanState::cidr).orElseThrow();
        plan.veth(s, device, sw, bridge);
        s.config.add("addr add " + address + "/" + cidr.prefix() + " dev " + device);
        if (gateway != null) {
            s.config.add("route add default via " + gateway);
        }
    }

    private void host(HostState host) {
        Plan.Space s = plan.space(host.id(), host.name());
        boolean first = true;
        for (NicState nic : host.nics()) {
            Ipv4 gateway = first ? lab.lan(nic.lan()).map(LanState::router).orElse(null) : null;
            onLan(s, nic.name(), nic.lan(), nic.address(), gateway);
            first = false;
        }
        for (HypervisorState hv : host.hypervisors()) {
            for (VirtualNetworkState net : hv.networks()) {
                hypervisorNetwork(s, host, hv, net);
            }
        }
        machineRules(s, host.id());
    }

    /** The rules the model prints for a machine or node, to load in its namespace. */
    void machineRules(Plan.Space s, String id) {
        String text = rules.get(id);
        if (text != null && text.contains("*")) {
            s.modelRules = text;
            s.modelRulesOf = id;
            s.sysctls.put("net.ipv4.ip_forward", "1");
        }
    }

    private void hypervisorNetwork(Plan.Space s, HostState host, HypervisorState hv, VirtualNetworkState net) {
        String key = host.name() + "/" + net.name();
        Ipv4 hostIp = net.hostAddress().orElse(net.gateway());
        String device = device(net.name());
        if (net.kind() == VirtualNetworkKind.HOST_ONLY) {
            // vboxnet0 / VMnet1: the host's adapter on a network of its VMs; nothing forwards it anywhere.
            plan.bridge(s, device, hostIp + "/" + net.cidr().prefix());
            hvBridge.put(key, device);
            hvBridge.put(hv.name() + "/" + net.name(), device);
            return;
        }
        if (hv.kind() == HypervisorKind.KVM || hv.kind() == HypervisorKind.VMWARE) {
            // virbr0 / VMnet8: a bridge the host is on, NAT to the host's other networks.
            plan.bridge(s, device, net.gateway() + "/" + net.cidr().prefix());
            if (!hostIp.equals(net.gateway())) {
                s.config.add("addr add " + hostIp + "/" + net.cidr().prefix() + " dev " + device);
            }
            hvBridge.put(key, device);
            hvBridge.put(hv.name() + "/" + net.name(), device);
            s.sysctls.put("net.ipv4.ip_forward", "1");
            if (hv.kind() == HypervisorKind.VMWARE) {
                // vmnat is a user-space NAT; the realizer stands in with MASQUERADE (docs/verified.md)
                String c = net.cidr().toString();
                s.systemRules.add("-t nat -A POSTROUTING -s " + c + " ! -d " + c + " -j MASQUERADE");
            } // libvirt's LIBVIRT_* chains are in the host's iptables()
            return;
        }
        plan.unrealized.add(host.name() + ": " + hv.kind() + " network " + net.name() + " (" + net.kind()
                + ") is not realized");
    }

    /** An interface name the kernel accepts (at most 15 characters, no spaces). */
    static String device(String name) {
        String clean = name.replaceAll("[^A-Za-z0-9_.-]", "");
        return clean.length() > 15 ? clean.substring(0, 15) : clean;
    }

    private void vm(VmState vm) {
        Plan.Space s = plan.space(vm.id(), vm.name());
        Plan.Space host = lab.host(vm.host()).map(h -> plan.of(h.id())).orElse(null);
        if (host == null) {
            plan.unrealized.add("VM " + vm.name() + ": its host " + vm.host() + " is not realized");
            return;
        }
        boolean routed = false;
        for (VmNicState nic : vm.nics()) {
            String dev = "eth" + (nic.index() - 1);
            Ipv4 gateway = !routed && nic.mode() != NicMode.HOST_ONLY ? nic.gateway() : null;
            switch (nic.mode()) {
                case BRIDGED -> onLan(s, dev, nic.network(), nic.address(), gateway);
                case HOST_ONLY -> attach(s, dev, host, hvBridge.get(vm.host() + "/" + nic.network()), nic, null);
                case NAT, NAT_NETWORK -> {
                    String bridge = hvBridge.get(vm.host() + "/" + nic.network());
                    if (bridge == null) {
                        bridge = hvBridge.get(vm.hypervisor() + "/" + nic.network());
                    }
                    if (bridge != null) {
                        attach(s, dev, host, bridge, nic, gateway);
                    } else if (vm.kind() == HypervisorKind.VIRTUALBOX || vm.kind() == HypervisorKind.DOCKER_DESKTOP) {
                        natEngine(vm, nic, s, dev, host, gateway);
                    } else {
                        plan.unrealized.add("VM " + vm.name() + " NIC " + nic.index() + ": network "
                                + nic.network() + " not found");
                    }
                }
            }
            routed |= gateway != null;
        }
        machineRules(s, vm.id());
    }

    private void attach(Plan.Space vm, String dev, Plan.Space host, String bridge, VmNicState nic, Ipv4 gateway) {
        if (bridge == null) {
            plan.unrealized.add(vm.label + " NIC " + nic.index() + ": network " + nic.network() + " not found");
            return;
        }
        plan.veth(vm, dev, host, bridge);
        vm.config.add("addr add " + nic.address() + "/" + nic.subnet().prefix() + " dev " + dev);
        if (gateway != null) {
            vm.config.add("route add default via " + gateway);
        }
    }

    /**
     * A VirtualBox NAT NIC: the guest is wired to a namespace of its own standing for the NAT engine (gateway .2,
     * DNS .3); the engine is a user-space process, so every TCP connection the guest opens is accepted there and
     * opened again from the host's own stack (GROUND-TRUTH: VirtualBox NAT is a user-space engine).
     */
    private void natEngine(VmState vm, VmNicState nic, Plan.Space s, String dev, Plan.Space host, Ipv4 gateway) {
        Plan.Space engine = plan.space(null, "NAT engine of " + vm.name() + " NIC " + nic.index());
        natEngines.put(vm.name() + "/" + nic.index(), engine);
        String peer = plan.veth(s, dev, engine, null);
        s.config.add("addr add " + nic.address() + "/" + nic.subnet().prefix() + " dev " + dev);
        if (gateway != null) {
            s.config.add("route add default via " + gateway);
        }
        engine.config.add("addr add " + nic.gateway() + "/" + nic.subnet().prefix() + " dev " + peer);
        nic.dns().filter(d -> !d.equals(nic.gateway()))
                .ifPresent(d -> engine.config.add("addr add " + d + "/32 dev " + peer));
        engine.systemRules.add("-t nat -A PREROUTING -i " + peer + " -p tcp -j REDIRECT --to-ports "
                + NAT_ENGINE_PORT);
        // port forwards open their connection to the guest from the remote client's address (IP_TRANSPARENT);
        // the guest's answers to it come back to that socket
        engine.systemRules.add("-t mangle -A PREROUTING -p tcp -m socket --transparent -j MARK --set-mark 0x1");
        engine.config.add("rule add fwmark 0x1 lookup 100");
        engine.config.add("route add local 0.0.0.0/0 dev lo table 100");
        plan.proxies.add(new Plan.Proxy("VirtualBox NAT engine of " + vm.name(), engine.ns, "0.0.0.0",
                NAT_ENGINE_PORT, host.ns, "original", 0));
    }

    /** The NAT engine namespace in front of a VM's first NAT NIC, or null. */
    Plan.Space engineOf(String vm) {
        return natEngines.get(vm + "/1");
    }

    /** VirtualBox NAT port forwards: the engine listens on the host and opens a connection to the guest. */
    private void forwards(HostState host, HypervisorState hv) {
        Plan.Space h = plan.of(host.id());
        for (PortForward pf : hv.forwards()) {
            Plan.Space engine = natEngines.get(pf.vm() + "/" + pf.nic());
            if (engine == null) {
                plan.unrealized.add(hv.name() + " port forward " + pf + ": no NAT engine realized for it");
                continue;
            }
            if (pf.protocol() != vnetlab.model.Protocol.TCP) {
                plan.unrealized.add(hv.name() + " port forward " + pf + ": only TCP forwards are realized");
                continue;
            }
            plan.proxies.add(new Plan.Proxy("VirtualBox port forward " + pf.natpf(), h.ns, pf.hostIp().toString(),
                    pf.hostPort(), engine.ns, pf.guestIp().toString(), pf.guestPort(), true));
        }
    }
}
