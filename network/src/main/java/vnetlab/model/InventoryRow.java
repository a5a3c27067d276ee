package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a lab's inventory: what an object is, its name, where it sits and its addresses.
 *
 * <pre>{@code
 * lab.inventory().get(0)   // LAN | home | router 192.168.1.1, public 203.0.113.7 | 192.168.1.0/24
 * }</pre>
 *
 * @param kind      e.g. "LAN", "host", "VM", "container", "pod"
 * @param name      its name
 * @param where     where it sits, e.g. "VirtualBox on laptop"
 * @param addresses its addresses as text
 */
public record InventoryRow(String kind, String name, String where, String addresses) {

    static List<InventoryRow> of(Topology t) {
        List<InventoryRow> rows = new ArrayList<>();
        for (Lan lan : t.lans()) {
            rows.add(new InventoryRow("LAN", lan.name(), "router " + lan.router() + ", public " + lan.publicAddress(), lan.cidr().toString()));
        }
        for (Host h : t.hosts()) {
            rows.add(new InventoryRow("host", h.name(), h.lan().map(Lan::name).orElse("no LAN") + (h.failed() ? " (failed)" : ""),
                    join(h.addresses())));
            for (Hypervisor hv : h.hypervisors()) {
                rows.add(new InventoryRow("hypervisor", hv.name(), hv.kind().label() + " on " + h.name(),
                        hv.networks().stream().map(n -> n.name() + " " + n.cidr()).collect(Collectors.joining(", "))));
            }
        }
        for (Vm vm : t.vms()) {
            rows.add(new InventoryRow("VM", vm.name(), vm.hypervisor().kind().label() + " on " + vm.host().name(),
                    vm.nics().stream().map(n -> n.address() + " (" + n.mode() + ")").collect(Collectors.joining(", "))));
        }
        for (DockerEngine d : t.dockerEngines()) {
            for (DockerNetwork n : d.networks()) {
                if (n.userDefined() || n.name().equals("bridge")) {
                    rows.add(new InventoryRow("Docker network", n.name(), n.driver() + " on " + d.machine().name(),
                            n.subnet().map(Cidr::toString).orElse("")));
                }
            }
            for (Container c : d.containers()) {
                rows.add(new InventoryRow("container", c.name(), "Docker on " + d.machine().name(), c.hostNetworked()
                        ? "host network" : join(c.addresses())));
            }
        }
        for (KubernetesCluster k : t.clusters()) {
            rows.add(new InventoryRow("Kubernetes cluster", k.name(), k.flavour() + ", " + k.cni() + " on " + k.network().name(),
                    "pods " + k.podRange().map(Cidr::toString).orElse(k.nodeRange().toString()) + ", services " + k.serviceRange()));
            for (Node n : k.nodes()) {
                rows.add(new InventoryRow("node", n.name(), "cluster " + k.name(), n.address().toString()));
            }
            for (Pod p : k.pods()) {
                rows.add(new InventoryRow("pod", p.name(), p.node().name() + " of " + k.name(), p.address().toString()));
            }
            for (Service s : k.services()) {
                rows.add(new InventoryRow("Service", s.name(), s.type() + " in " + k.name(), s.clusterIp() + ":" + s.port()
                        + s.loadBalancerAddress().map(a -> ", external " + a).orElse("")));
            }
        }
        for (InternetHost h : t.internetHosts()) {
            rows.add(new InventoryRow("internet host", h.name(), "the internet", h.address().toString()));
        }
        return rows;
    }

    private static String join(List<Ipv4> ips) {
        return ips.stream().map(Ipv4::toString).collect(Collectors.joining(", "));
    }

    /** {@code VM | web | VirtualBox on laptop | 192.168.1.100 (bridged)}. */
    @Override
    public String toString() {
        return kind + " | " + name + " | " + where + " | " + addresses;
    }
}
