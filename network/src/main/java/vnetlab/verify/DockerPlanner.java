package vnetlab.verify;

import java.util.HashMap;
import java.util.Map;
import vnetlab.model.DockerDriver;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;
import vnetlab.model.PublishedPort;
import vnetlab.model.snapshot.AttachmentState;
import vnetlab.model.snapshot.ContainerState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.DockerNetworkState;

/**
 * A Docker engine as the real one builds it: each bridge network a Linux bridge in the machine's namespace, each
 * container a namespace with a veth into its bridges (macvlan: a macvlan device on the parent NIC), host-network
 * containers in the machine's own namespace, and docker-proxy for every published TCP port (userland-proxy on, the
 * default). The nat and filter rules are the machine's {@code iptables()}.
 */
final class DockerPlanner {

    private final Planner p;
    private int macvlans;

    DockerPlanner(Planner p) {
        this.p = p;
    }

    void engine(DockerEngineState engine) {
        Plan.Space m = p.plan.of(engine.machineId());
        if (m == null) {
            p.plan.unrealized.add("Docker on " + engine.machine() + ": the machine is not realized");
            return;
        }
        Map<String, DockerNetworkState> networks = new HashMap<>();
        for (DockerNetworkState n : engine.networks()) {
            networks.put(n.name(), n);
            if (n.driver() == DockerDriver.BRIDGE && n.subnet().isPresent() && n.gateway().isPresent()
                    && n.bridge().isPresent()) {
                p.plan.bridge(m, Planner.device(n.bridge().get()), n.gateway().get() + "/" + n.subnet().get().prefix());
            } else if (n.driver() == DockerDriver.OVERLAY || n.driver() == DockerDriver.IPVLAN) {
                p.plan.unrealized.add("Docker network " + n.name() + " on " + engine.machine() + " (" + n.driver()
                        + "): not realized");
            }
        }
        m.sysctls.put("net.ipv4.ip_forward", "1");
        for (ContainerState c : engine.containers()) {
            container(m, c, networks);
        }
        if (engine.desktopHost().isPresent()) {
            desktop(engine);
        }
    }

    private void container(Plan.Space m, ContainerState c, Map<String, DockerNetworkState> networks) {
        if (c.hostNetwork()) {
            p.plan.nsOf.put(c.id(), m.ns); // GROUND-TRUTH (Docker host driver): the machine's own stack
            return;
        }
        Plan.Space s = p.plan.space(c.id(), c.name());
        Ipv4 bridged = null;
        boolean routed = false;
        int i = 0;
        for (AttachmentState a : c.networks()) {
            DockerNetworkState n = networks.get(a.network());
            if (n == null || a.address().isEmpty() || n.subnet().isEmpty()) {
                continue;
            }
            String dev = "eth" + (i++);
            String address = a.address().get() + "/" + n.subnet().get().prefix();
            if (n.driver() == DockerDriver.BRIDGE && n.bridge().isPresent()) {
                p.plan.veth(s, dev, m, Planner.device(n.bridge().get()));
                s.config.add("addr add " + address + " dev " + dev);
                if (bridged == null) {
                    bridged = a.address().get();
                }
            } else if (n.driver() == DockerDriver.MACVLAN && n.parentNic().isPresent()) {
                String tmp = "mv" + (macvlans++) + p.plan.prefix.substring(2);
                tmp = Planner.device(tmp);
                m.stacked.add("link add link " + n.parentNic().get() + " name " + tmp + " type macvlan mode bridge");
                m.stacked.add("link set " + tmp + " netns " + s.ns);
                s.config.add("link set " + tmp + " name " + dev);
                s.config.add("addr add " + address + " dev " + dev);
                s.config.add("link set " + dev + " up");
            } else {
                continue;
            }
            if (!routed && n.gateway().isPresent()) {
                s.config.add("route add default via " + n.gateway().get());
                routed = true;
            }
        }
        if (bridged == null) {
            return;
        }
        for (PublishedPort port : c.published()) {
            if (port.protocol() != Protocol.TCP) {
                p.plan.unrealized.add(c.name() + " publishes " + port + ": docker-proxy stand-in is TCP only");
                continue;
            }
            // docker-proxy -proto tcp -host-ip H -host-port P -container-ip C -container-port Q
            p.plan.proxies.add(new Plan.Proxy("docker-proxy for " + c.name(), m.ns, port.hostIp().toString(),
                    port.hostPort(), m.ns, bridged.toString(), port.containerPort()));
        }
    }

    /** Docker Desktop: the laptop forwards published ports (same host IP) into its VM, in user space. */
    private void desktop(DockerEngineState engine) {
        Plan.Space laptop = p.lab.host(engine.desktopHost().get()).map(h -> p.plan.of(h.id())).orElse(null);
        var vm = p.lab.vms().stream().filter(v -> v.id().equals(engine.machineId())).findFirst().orElse(null);
        if (laptop == null || vm == null || vm.nics().isEmpty()) {
            p.plan.unrealized.add("Docker Desktop on " + engine.machine() + ": laptop or VM not realized");
            return;
        }
        Plan.Space engineNs = p.engineOf(vm.name());
        String from = engineNs != null ? engineNs.ns : laptop.ns;
        for (ContainerState c : engine.containers()) {
            for (PublishedPort port : c.published()) {
                if (port.protocol() == Protocol.TCP) {
                    p.plan.proxies.add(new Plan.Proxy("Docker Desktop forwarder for " + c.name(), laptop.ns,
                            port.hostIp().toString(), port.hostPort(), from, vm.nics().get(0).address().toString(),
                            port.hostPort()));
                }
            }
        }
    }
}
