package vnetlab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnetlab.model.Cidr;
import vnetlab.model.Cni;
import vnetlab.model.Ipv4;
import vnetlab.model.IngressRule;
import vnetlab.model.PathType;
import vnetlab.model.ServiceType;
import vnetlab.model.TrafficPolicy;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.IngressState;
import vnetlab.model.snapshot.NodeState;
import vnetlab.model.snapshot.PodState;
import vnetlab.model.snapshot.ServiceState;

/**
 * One Kubernetes cluster in the fabric: nodes on their LAN, pods on each node's bridge (or on the VPC subnet), the
 * CNI's routes between nodes, kube-proxy's Service table, load balancers and the ingress controller.
 */
final class ClusterFabric {

    private final FabricBuilder b;
    private final ClusterState cluster;
    private final Map<String, Segment> lans;
    private final Map<String, Station> machines;
    private final Map<String, Station> nodes = new HashMap<>();
    private final Map<String, Segment> bridges = new HashMap<>();
    private final Map<String, Station> pods = new HashMap<>();
    private Policies policies;
    private final String realm;

    ClusterFabric(FabricBuilder b, ClusterState cluster, Map<String, Segment> lans, Map<String, Station> machines) {
        this.b = b;
        this.cluster = cluster;
        this.lans = lans;
        this.machines = machines;
        this.realm = cluster.id();
    }

    void build() {
        Segment lan = lans.get(cluster.network());
        if (lan == null) {
            return;
        }
        boolean vpc = cluster.cni() == Cni.AWS_VPC;
        Cidr podRange = cluster.podRange().orElse(lan.cidr);
        for (NodeState n : cluster.nodes()) {
            Station node = n.container().map(b.fabric.stations::get).orElse(null);
            if (node != null) {
                // kind/minikube: the node is a Docker container on the cluster's Docker network.
                b.fabric.stations.put(n.id(), node);
            } else {
                node = b.machine(n.id(), n.name(), Station.Kind.NODE, lan, n.address(), lan.cidr.firstHost());
            }
            node.forwards = true;
            nodes.put(n.id(), node);
            nodes.put(n.name(), node);
            machines.put(n.id(), node);
            if (!vpc && !n.podCidrs().isEmpty()) {
                Cidr sub = n.podCidrs().get(0);
                Segment bridge = b.fabric.segment(n.id() + "/cni0", n.name() + " cni0", sub, Segment.Kind.POD_BRIDGE);
                bridge.realm = realm;
                bridge.front = node;
                bridge.hideReason = DropReason.POD_NETWORK_INTERNAL;
                node.attach(bridge, sub.firstHost(), "cni0", true);
                bridges.put(n.id(), bridge);
                if (cluster.cni() == Cni.FLANNEL) {
                    // flannel.1, the VXLAN device, holds the subnet's network address (10.244.N.0/32).
                    node.ownAddresses.add(sub.network());
                }
            }
            // kube-proxy's and the CNI's rules: the very model node.iptables() prints.
            node.netfilter = vnetlab.model.netfilter.Netfilter.node(cluster, n);
        }
        routes(lan);
        policies = new Policies(cluster.name(), cluster.cni(), cluster.policies(), cluster.namespaceLabels(), pods);
        for (PodState p : cluster.pods()) {
            pod(p, lan, vpc);
        }
        services(podRange);
        ingress();
        for (Station node : distinctNodes()) {
            node.resolvers.add(0, realm);
        }
    }

    private List<Station> distinctNodes() {
        List<Station> out = new ArrayList<>();
        for (NodeState n : cluster.nodes()) {
            out.add(nodes.get(n.id()));
        }
        return out;
    }

    /** Routes to the other nodes' pod subnets: VXLAN for overlays, plain routes otherwise (GROUND-TRUTH: CNI). */
    private void routes(Segment lan) {
        for (NodeState from : cluster.nodes()) {
            for (NodeState to : cluster.nodes()) {
                if (from == to || to.podCidrs().isEmpty()) {
                    continue;
                }
                Station.Route route;
                if (cluster.cni() == Cni.FLANNEL && !from.podCidrs().isEmpty()) {
                    // Flannel VXLAN: "10.244.M.0/24 via 10.244.M.0 dev flannel.1 onlink"; the packet leaves by
                    // flannel.1 (source 10.244.N.0 for MASQUERADE), encapsulated in udp/8472, VNI 1, to node M
                    // (flannel Documentation/backends.md).
                    route = new Station.Route(to.podCidrs().get(0), to.address(), lan, "VXLAN (flannel.1, VNI "
                            + vnetlab.model.netfilter.FlannelRules.VNI + ")", "flannel.1",
                            from.podCidrs().get(0).network(), vnetlab.model.netfilter.FlannelRules.VXLAN_PORT);
                } else if (cluster.cni().overlay()) {
                    route = new Station.Route(to.podCidrs().get(0), to.address(), lan, "VXLAN (cilium_vxlan)");
                } else {
                    route = new Station.Route(to.podCidrs().get(0), to.address(), lan, "");
                }
                nodes.get(from.id()).routes.add(route);
            }
        }
    }

    private void pod(PodState p, Segment lan, boolean vpc) {
        Station node = nodes.get(p.node());
        if (node == null) {
            return;
        }
        Station pod;
        if (vpc) {
            // GROUND-TRUTH (AWS VPC CNI): pods take addresses from the node's VPC subnet; no overlay.
            pod = b.machine(p.id(), p.name(), Station.Kind.POD, lan, p.address(), node.address());
        } else {
            Segment bridge = bridges.get(nodeId(p.node()));
            if (bridge == null) {
                return;
            }
            pod = b.machine(p.id(), p.name(), Station.Kind.POD, bridge, p.address(), bridge.cidr.firstHost());
        }
        pod.node = node;
        pod.resolvers.add(0, realm);
        pod.namespace = p.namespace();
        pod.labels = p.labels();
        pod.policies = policies;
        pod.clusterDns = cluster.dns();
        pods.put(p.id(), pod);
        pods.put(p.name(), pod);
    }

    private String nodeId(String nodeRef) {
        for (NodeState n : cluster.nodes()) {
            if (n.id().equals(nodeRef) || n.name().equals(nodeRef)) {
                return n.id();
            }
        }
        return nodeRef;
    }

    private void services(Cidr podRange) {
        for (ServiceState s : cluster.services()) {
            int nodePort = s.nodePort().orElse(0);
            Ipv4 external = null;
            int externalPort = s.port();
            if (s.type() == ServiceType.LOAD_BALANCER && s.loadBalancer().isPresent() && nodePort > 0) {
                external = s.loadBalancer().get();
                loadBalancer(s, external, nodePort);
            } else if (nodePort > 0 && !cluster.nodes().isEmpty()) {
                external = cluster.nodes().get(0).address();
                externalPort = nodePort;
            }
            b.fabric.services.put(s.id(), new Fabric.ServiceAddress(s.name(), realm, s.clusterIp(), s.port(),
                    external, externalPort));
            for (String dns : List.of(s.name(), s.name() + "." + s.namespace(), s.name() + "." + s.namespace() + ".svc",
                    s.dnsName())) {
                b.fabric.dns.add(realm, dns, s.clusterIp(), null, "cluster DNS at " + cluster.dns());
            }
        }
        KubeProxy kube = new KubeProxy(cluster.name(), realm, podRange, cluster.serviceRange());
        b.fabric.kubeProxies.add(kube);
        for (Station node : distinctNodes()) {
            node.kubeProxy = kube;
        }
    }

    /** A cloud load balancer: its public address forwards to the NodePort of a node (GROUND-TRUTH: LoadBalancer). */
    private void loadBalancer(ServiceState s, Ipv4 address, int nodePort) {
        Segment lan = lans.get(cluster.network());
        Station lb = b.fabric.station(s.id() + "/lb", "load balancer " + address, Station.Kind.LOAD_BALANCER);
        lb.attach(b.internet, address, "public", true);
        lb.forwards = true;
        lb.routes.add(new Station.Route(lan.cidr, null, lan, ""));
        List<Ipv4> addresses = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean local = s.externalTrafficPolicy() == TrafficPolicy.LOCAL;
        List<Station> hosting = new ArrayList<>();
        for (Station pod : SnapshotFabric.pods(s.endpoints(), pods)) {
            hosting.add(pod.node);
        }
        for (NodeState n : cluster.nodes()) {
            if (local) {
                // With policy Local the cloud load balancer health-checks each node (healthCheckNodePort) and
                // sends only to nodes that run an endpoint.
                if (hosting.contains(nodes.get(n.id()))) {
                    addresses.add(n.address());
                    names.add(n.name());
                }
            } else if (n.schedulable() || cluster.nodes().size() == 1) {
                addresses.add(n.address());
                names.add(n.name());
            }
        }
        if (addresses.isEmpty() && !local) {
            cluster.nodes().forEach(n -> {
                addresses.add(n.address());
                names.add(n.name());
            });
        }
        lb.balances.add(new Rules.Balance(s.protocol(), address, s.port(), addresses, names, nodePort, s.name()));
    }

    private void ingress() {
        if (cluster.ingressController().isEmpty()) {
            return;
        }
        String controllerService = cluster.ingressController().get().service();
        ServiceState controller = null;
        for (ServiceState s : cluster.services()) {
            if (s.id().equals(controllerService) || s.name().equals(controllerService)) {
                controller = s;
            }
        }
        if (controller == null) {
            return;
        }
        IngressMatcher<Rules.Backend> matcher = new IngressMatcher<>();
        List<String> ruleTexts = new ArrayList<>();
        for (IngressState ing : cluster.ingresses()) {
            for (IngressRule r : ing.rules()) {
                ServiceState backend = service(r.service(), ing.namespace());
                if (backend != null) {
                    matcher.route(r.host(), r.path(), r.pathType(),
                            new Rules.Backend(backend.name(), backend.clusterIp(), r.port()));
                    ruleTexts.add("Ingress " + ing.name() + ": " + (r.host().isEmpty() ? "*" : r.host()) + r.path()
                            + " (" + r.pathType() + ") → " + backend.name() + ":" + r.port());
                }
            }
            if (ing.defaultBackend().isPresent()) {
                ServiceState backend = service(ing.defaultBackend().get(), ing.namespace());
                if (backend != null) {
                    matcher.defaultBackend(new Rules.Backend(backend.name(), backend.clusterIp(),
                            ing.defaultBackendPort()));
                }
            }
        }
        String rule = String.join("\n", ruleTexts);
        for (Station pod : SnapshotFabric.pods(controller.endpoints(), pods)) {
            pod.proxies.add(new Rules.Proxy("ingress controller", null, controller.targetPort(), matcher, null, 0,
                    null, rule));
            if (controller.targetPort() != 443) {
                pod.proxies.add(new Rules.Proxy("ingress controller", null, 443, matcher, null, 0, null, rule));
            }
        }
    }

    private ServiceState service(String ref, String namespace) {
        for (ServiceState s : cluster.services()) {
            if (s.id().equals(ref) || (s.name().equals(ref) && s.namespace().equals(namespace))) {
                return s;
            }
        }
        for (ServiceState s : cluster.services()) {
            if (s.name().equals(ref)) {
                return s;
            }
        }
        return null;
    }
}
