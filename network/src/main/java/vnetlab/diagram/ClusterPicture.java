package vnetlab.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vnetlab.model.IngressRule;
import vnetlab.model.ServiceType;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.IngressControllerState;
import vnetlab.model.snapshot.IngressState;
import vnetlab.model.snapshot.NodeState;
import vnetlab.model.snapshot.PodState;
import vnetlab.model.snapshot.ServiceState;
import vnetlab.model.snapshot.Snapshot;

/**
 * Draws a Kubernetes cluster inside a lab picture: the cluster as a bold box on its LAN, each node a box with its
 * cni0 bridge and its pods, Services as trapeziums fanning out to their endpoints with how they are exposed (ClusterIP
 * inside only, NodePort on every node, LoadBalancer from the internet), and the ingress controller as a house with its
 * rules (host/path → Service).
 *
 * <pre>{@code
 * Diagrams.of(k8s)   // the cluster on its LAN
 * }</pre>
 */
final class ClusterPicture {
    private final LabPicture lab;
    private final Scene scene;

    ClusterPicture(LabPicture lab) {
        this.lab = lab;
        this.scene = lab.scene;
    }

    /** The scene of one cluster with its LAN and router. */
    static Scene of(Snapshot snapshot, String cluster) {
        ClusterState c = snapshot.cluster(cluster).orElseThrow(() -> new IllegalArgumentException(
                "cluster \"" + cluster + "\" is not in lab \"" + snapshot.lab() + "\""));
        Snapshot only = new Snapshot(snapshot.lab(), snapshot.lans().stream().filter(l -> l.name().equals(c.network()))
                .toList(), List.of(), List.of(), List.of(), List.of(), List.of(c), List.of(), snapshot.internet(),
                snapshot.publicDns(), snapshot.endpoints(), snapshot.warnings());
        Scene scene = LabPicture.of(only);
        return scene;
    }

    void cluster(ClusterState c) {
        lab.layers.add(Layer.KUBERNETES);
        String ranges = c.podRange().map(p -> " · pods " + p).orElse(" · pods from the VPC") + " · services "
                + c.serviceRange();
        Scene.Box box = scene.box(c.id(), Layer.KUBERNETES, "cluster " + c.name() + " · " + c.cni().label() + ranges);
        Optional<IngressControllerState> controller = c.ingressController();
        // exposure first (top of the box): load balancers, then the ingress controller, then Services
        for (ServiceState s : c.services()) {
            box.thing(s.id(), Element.SERVICE, service(s));
            if (s.type() == ServiceType.NODE_PORT) {
                // reachable from the nodes' LAN on every node's address (GROUND-TRUTH: a NodePort opens on every node)
                s.nodePort().ifPresent(p -> scene.link(LabPicture.lanId(c.network()), s.id()).rule()
                        .label("NodePort " + p + " on every node"));
            }
            if (s.type() == ServiceType.LOAD_BALANCER) {
                String lb = s.loadBalancer().map(a -> a + ":" + s.port()).orElse(":" + s.port());
                scene.link("internet", s.id()).arrow().label("LoadBalancer " + lb).in(Layer.KUBERNETES);
            }
        }
        if (controller.isPresent() && !c.ingresses().isEmpty()) {
            String id = c.id() + "/ingress";
            List<String> lines = new ArrayList<>(List.of("ingress controller", "ingress-nginx"));
            for (IngressState ingress : c.ingresses()) {
                for (IngressRule r : ingress.rules()) {
                    lines.add(rule(r));
                }
                ingress.defaultBackend().ifPresent(b -> lines.add("default → " + b + ":" + ingress.defaultBackendPort()));
            }
            box.thing(id, Element.INGRESS, lines.toArray(new String[0]));
            scene.link(controller.get().service(), id).arrow().in(Layer.KUBERNETES);
            for (IngressState ingress : c.ingresses()) {
                for (IngressRule r : ingress.rules()) {
                    serviceId(c, r.service(), ingress.namespace()).ifPresent(s ->
                            scene.link(id, s).arrow().in(Layer.KUBERNETES));
                }
            }
        }
        for (NodeState n : c.nodes()) {
            node(box, c, n);
        }
        for (ServiceState s : c.services()) {
            int i = 0;
            for (String pod : s.endpoints()) {
                i++;
                Scene.Link l = scene.link(s.id(), pod).arrow().in(Layer.KUBERNETES).loose();
                if (s.endpoints().size() > 1) {
                    l.label("1/" + (s.endpoints().size() - i + 1));
                }
            }
        }
    }

    private void node(Scene.Box clusterBox, ClusterState c, NodeState n) {
        Scene.Box box = clusterBox.box("box:" + n.id(), Layer.KUBERNETES,
                "node " + n.name() + (n.controlPlane() ? " (control plane)" : ""));
        String tunnel = c.cni().overlay() ? " · " + tunnel(c) : "";
        box.thing(n.id(), Element.HOST, n.name(), "eth0" + tunnel);
        scene.link(LabPicture.lanId(c.network()), n.id()).head(n.address().toString());
        List<PodState> pods = c.pods().stream().filter(p -> p.node().equals(n.name())).toList();
        if (pods.isEmpty()) {
            return;
        }
        String bridge = n.id() + "/cni0"; // the simulator's id of the node's pod bridge
        String slice = n.podCidrs().isEmpty() ? "" : n.podCidrs().get(0).toString();
        box.thing(bridge, Element.BRIDGE, podNetwork(c), slice).in(Layer.KUBERNETES);
        scene.link(n.id(), bridge).in(Layer.KUBERNETES);
        for (PodState p : pods) {
            box.thing(p.id(), Element.POD, p.name(), p.address() + ":" + p.port());
            scene.link(bridge, p.id()).in(Layer.KUBERNETES);
        }
    }

    /** How pods attach on a node, per CNI (GROUND-TRUTH.md, "CNI plugins differ"). */
    private static String podNetwork(ClusterState c) {
        return switch (c.cni()) {
            case FLANNEL -> "cni0 (bridge)";
            case CALICO -> "cali* veths (routed)";
            case CILIUM -> "lxc* veths (eBPF)";
            case AWS_VPC -> "ENI (VPC routing)";
            case KINDNET -> "veths + routes";
        };
    }

    private static String tunnel(ClusterState c) {
        return switch (c.cni()) {
            case FLANNEL -> "flannel.1";
            case CILIUM -> "cilium_vxlan";
            default -> "tunnel";
        };
    }

    private static String[] service(ServiceState s) {
        List<String> lines = new ArrayList<>();
        lines.add("Service " + s.name());
        lines.add("ClusterIP " + s.clusterIp() + ":" + s.port() + " → :" + s.targetPort()
                + (s.type() == ServiceType.CLUSTER_IP ? " (inside only)" : ""));
        s.nodePort().ifPresent(p -> lines.add("NodePort " + p + " on every node"));
        s.loadBalancer().ifPresent(a -> lines.add("LoadBalancer " + a));
        return lines.toArray(new String[0]);
    }

    private static String rule(IngressRule r) {
        return (r.host().isEmpty() ? "*" : r.host()) + r.path() + (r.pathType().toString().equals("Exact") ? " (Exact)" : "")
                + " → " + r.service() + ":" + r.port();
    }

    private static Optional<String> serviceId(ClusterState c, String name, String namespace) {
        return c.services().stream().filter(s -> s.name().equals(name) && s.namespace().equals(namespace))
                .map(ServiceState::id).findFirst();
    }
}
