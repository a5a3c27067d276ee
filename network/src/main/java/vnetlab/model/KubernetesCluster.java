package vnetlab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes cluster: nodes on a network, a CNI that gives pods addresses, Deployments, Services, Ingresses and
 * cluster DNS at the service range's 10th address.
 *
 * <pre>{@code
 * var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);   // pods 10.244.0.0/16 (a /24 per node); services 10.96.0.0/12
 * var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
 * k8s.ingress("public").rule("shop.example.com", "/", shop.expose(80));
 * k8s.addressPlan()                                  // the three ranges and a check that none overlap
 * }</pre>
 */
public final class KubernetesCluster {
    /** The NodePort range (kube-apiserver --service-node-port-range default). */
    public static final int NODE_PORT_FIRST = 30000;
    /** The last NodePort. */
    public static final int NODE_PORT_LAST = 32767;

    private final Topology topology;
    private final String name;
    private final Network network;
    private final ClusterFlavour flavour;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Ingress> ingresses = new LinkedHashMap<>();
    private final List<Pod> pods = new ArrayList<>();
    private final List<Cidr> mustReach = new ArrayList<>();
    private final ServiceAddresses addresses = new ServiceAddresses();
    private Cni cni;
    private Cidr podRange;
    private boolean podRangeChosen;
    private Cidr serviceRange;
    private int nextBlock;
    private IngressController ingressController;

    KubernetesCluster(Topology topology, String name, Network network, ClusterFlavour flavour) {
        this.topology = topology;
        this.name = name;
        this.network = network;
        this.flavour = flavour;
        this.cni = flavour.defaultCni();
        this.podRange = cni.defaultPodRange().orElse(null);
        this.serviceRange = flavour.serviceRange();
    }

    /** Nodes on a LAN, addresses from .10 up (kubeadm). */
    KubernetesCluster(Topology topology, String name, Lan lan, int count, ClusterFlavour flavour) {
        this(topology, name, lan, flavour);
        for (int i = 0; i < count; i++) {
            String nodeName = "node-" + (i + 1);
            Ipv4 ip = lan.nextStatic(10, "node \"" + nodeName + "\" of cluster \"" + name + "\"");
            addNode(nodeName, ip, i == 0, true, null);
        }
        finishNodes();
    }

    /** After the nodes are added: checks the default ranges and gives each node its pod slice. */
    void finishNodes() {
        checkRanges(cni, podRange, serviceRange, mustReach, cni.label() + "'s default");
        assignBlocks();
    }

    void addNode(String nodeName, Ipv4 ip, boolean controlPlane, boolean schedulable, Container container) {
        nodes.add(new Node(this, nodeName, nodes.size(), ip, controlPlane, schedulable, container));
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** kubeadm, kind or minikube. */
    public ClusterFlavour flavour() {
        return flavour;
    }

    /** Its CNI plugin. */
    public Cni cni() {
        return cni;
    }

    /** The network its nodes are on: a LAN, or a Docker network for kind and minikube. */
    public Network network() {
        return network;
    }

    /** The node range: the network its nodes are on. */
    public Cidr nodeRange() {
        return network.cidr();
    }

    /** The pod range; empty with AWS VPC CNI (pods use the node subnet). */
    public Optional<Cidr> podRange() {
        return Optional.ofNullable(podRange);
    }

    /** The service range ClusterIPs come from. */
    public Cidr serviceRange() {
        return serviceRange;
    }

    /** Cluster DNS (the kube-dns Service): the 10th address of the service range, 10.96.0.10 by default (kubeadm). */
    public Ipv4 dns() {
        return serviceRange.host(10);
    }

    /** The "kubernetes" Service for the API server: the service range's 1st address, 10.96.0.1 by default. */
    public Ipv4 apiServer() {
        return serviceRange.host(1);
    }

    /** Networks the cluster must reach (see {@link #mustReach(String)}). */
    public List<Cidr> mustReachRanges() {
        return List.copyOf(mustReach);
    }

    /**
     * Chooses the CNI plugin; unless a pod range was set with {@link #podCidr(String)}, the CNI's default applies.
     *
     * <pre>{@code
     * k8s.cni(FLANNEL)   // pods 10.244.0.0/16
     * k8s.mustReach("10.0.0.0/8").cni(CILIUM)   // fails: Cilium's 10.0.0.0/8 overlaps it
     * }</pre>
     *
     * @throws IllegalArgumentException if its pod range would overlap another range
     */
    public KubernetesCluster cni(Cni newCni) {
        if (newCni == null) {
            throw new IllegalArgumentException("which CNI? use FLANNEL, CALICO, CILIUM or AWS_VPC");
        }
        if (newCni == cni) {
            return this;
        }
        if (newCni == Cni.AWS_VPC && !(network instanceof Lan)) {
            throw new IllegalArgumentException("AWS VPC CNI needs nodes on a VPC subnet (a LAN); cluster \"" + name
                    + "\" runs in Docker on " + network.name());
        }
        Cidr range = podRangeChosen && newCni != Cni.AWS_VPC ? podRange : newCni.defaultPodRange().orElse(null);
        checkRanges(newCni, range, serviceRange, mustReach, podRangeChosen ? "chosen" : newCni.label() + "'s default",
                podRangeChosen ? "k8s.podCidr(" : "k8s.cni(" + newCni.name() + ", ");
        cni = newCni;
        podRange = range;
        if (newCni == Cni.AWS_VPC) {
            podRangeChosen = false;
        }
        readdressPods();
        topology.record(new KubernetesStep.CniStep(name, newCni, Optional.empty()));
        return this;
    }

    /**
     * Chooses the CNI plugin together with the pod range it should use (Cilium's {@code cluster-pool-ipv4-cidr},
     * Calico's IP pool …).
     *
     * <pre>{@code
     * k8s.cni(CILIUM, "10.244.0.0/16")   // works: Cilium's default 10.0.0.0/8 would overlap the service range
     * }</pre>
     *
     * @throws IllegalArgumentException if the range overlaps another range, or the CNI is AWS VPC (no pod range)
     */
    public KubernetesCluster cni(Cni newCni, String podCidr) {
        Cidr range = Cidr.parse(podCidr);
        if (newCni == Cni.AWS_VPC) {
            throw new IllegalArgumentException("AWS VPC CNI gives pods addresses from the node subnet " + nodeRange()
                    + "; use k8s.cni(AWS_VPC) without a pod range");
        }
        if (newCni == null) {
            throw new IllegalArgumentException("which CNI? use FLANNEL, CALICO, CILIUM or AWS_VPC");
        }
        if (newCni == cni && range.equals(podRange) && podRangeChosen) {
            return this;
        }
        checkRanges(newCni, range, serviceRange, mustReach, "chosen");
        cni = newCni;
        podRange = range;
        podRangeChosen = true;
        readdressPods();
        topology.record(new KubernetesStep.CniStep(name, newCni, Optional.of(range.toString())));
        return this;
    }

    /**
     * Sets the pod range (kubeadm {@code --pod-network-cidr}); each node gets a slice of it.
     *
     * <pre>{@code
     * k8s.podCidr("172.20.0.0/16")   // works
     * k8s.podCidr("10.96.0.0/16")    // fails: overlaps the service range
     * }</pre>
     *
     * @throws IllegalArgumentException if it overlaps the node network, the service range or a must-reach network
     */
    public KubernetesCluster podCidr(String cidr) {
        Cidr range = Cidr.parse(cidr);
        if (cni == Cni.AWS_VPC) {
            throw new IllegalArgumentException("AWS VPC CNI gives pods addresses from the node subnet " + nodeRange()
                    + "; it has no pod range to set");
        }
        if (range.equals(podRange) && podRangeChosen) {
            return this;
        }
        if (!range.equals(podRange)) {
            checkRanges(cni, range, serviceRange, mustReach, "chosen");
        }
        podRange = range;
        podRangeChosen = true;
        readdressPods();
        topology.record(new KubernetesStep.PodCidrStep(name, range.toString()));
        return this;
    }

    /**
     * Sets the service range (kubeadm {@code --service-cidr}); cluster DNS moves to its 10th address.
     *
     * <pre>{@code
     * k8s.serviceCidr("10.100.0.0/16")   // DNS 10.100.0.10
     * }</pre>
     *
     * @throws IllegalArgumentException if larger than /12 or overlapping another range
     */
    public KubernetesCluster serviceCidr(String cidr) {
        Cidr range = Cidr.parse(cidr);
        if (range.equals(serviceRange)) {
            return this;
        }
        if (range.prefix() < 12 || range.prefix() > 28) {
            throw new IllegalArgumentException("service range " + range + " must be /12 to /28 (kube-apiserver allows at most 20 host bits)");
        }
        if (podRange != null && range.overlaps(podRange)) {
            throw new IllegalArgumentException("service range " + range + " overlaps the pod range " + podRange + " (" + podOrigin()
                    + "); choose another with k8s.serviceCidr(\"" + suggestService(podRange, mustReach) + "\")");
        }
        checkRanges(cni, podRange, range, mustReach, podOrigin());
        serviceRange = range;
        addresses.forgetClusterIps();
        for (Service s : services.values()) {
            s.assignClusterIp(allocateClusterIp(s));
        }
        topology.record(new KubernetesStep.ServiceCidrStep(name, range.toString()));
        return this;
    }

    /**
     * Declares a network the cluster's pods must reach (a company network, a database subnet); pod and service ranges
     * must not overlap it, or replies to it would stay inside the cluster.
     *
     * <pre>{@code
     * k8s.mustReach("10.0.0.0/8")   // fails with Cilium's default pool 10.0.0.0/8
     * }</pre>
     */
    public KubernetesCluster mustReach(String cidr) {
        Cidr range = Cidr.parse(cidr);
        if (mustReach.contains(range)) {
            return this;
        }
        List<Cidr> next = new ArrayList<>(mustReach);
        next.add(range);
        checkRanges(cni, podRange, serviceRange, next, podOrigin());
        mustReach.add(range);
        topology.record(new KubernetesStep.MustReachStep(name, range.toString()));
        return this;
    }

    private String podOrigin() {
        return podRangeChosen || podRange == null ? "chosen" : cni.label() + "'s default";
    }

    private void checkRanges(Cni c, Cidr pods, Cidr svcs, List<Cidr> reach, String podOrigin) {
        checkRanges(c, pods, svcs, reach, podOrigin, "k8s.podCidr(");
    }

    private void checkRanges(Cni c, Cidr pods, Cidr svcs, List<Cidr> reach, String podOrigin, String fixCall) {
        new RangeCheck(name, network.name(), nodeRange(), nodes.size()).check(c, pods, svcs, reach, podOrigin, fixCall);
    }

    private String suggestService(Cidr pods, List<Cidr> reach) {
        return new RangeCheck(name, network.name(), nodeRange(), nodes.size()).suggestService(pods, reach);
    }

    /**
     * Creates or returns a Deployment in the default namespace (one pod until {@link Deployment#replicas(int)}).
     *
     * <pre>{@code
     * k8s.deployment("shop", "shop:1.4").replicas(3).port(8080)   // works
     * k8s.deployment("shop", "shop:1.5")                          // fails: already runs shop:1.4
     * }</pre>
     */
    public Deployment deployment(String name, String image) {
        return deployment(name, image, "default");
    }

    Deployment deployment(String depName, String image, String namespace) {
        Texts.kubeName("a Deployment", depName);
        if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Deployment \"" + depName + "\" needs an image without spaces, e.g. \"nginx:1.27\", not "
                    + Texts.quote(image));
        }
        String key = namespace + "/" + depName;
        Deployment existing = deployments.get(key);
        if (existing != null) {
            if (!existing.image().equals(image)) {
                throw new IllegalArgumentException("Deployment \"" + depName + "\" already runs " + existing.image() + ", not " + image
                        + "; remove it with k8s.removeDeployment(\"" + depName + "\"), or use another name for another Deployment");
            }
            return existing;
        }
        Deployment d = new Deployment(this, depName, namespace, image);
        deployments.put(key, d);
        topology.quietly(() -> d.replicas(1));
        topology.record(new KubernetesStep.DeploymentStep(name, namespace, depName, image));
        return d;
    }

    /**
     * Creates or returns a Service selecting pods by one label, e.g. "app=shop".
     *
     * <pre>{@code
     * k8s.service("shop-canary", 80, 8080, "app=shop")   // works
     * k8s.service("typo", 80, 8080, "app=shpo")          // fails: no pod has app=shpo
     * }</pre>
     *
     * @throws IllegalArgumentException if no pod matches the selector, or the name is taken with other settings
     */
    public Service service(String svcName, int port, int targetPort, String selector) {
        Texts.kubeName("a Service", svcName);
        Port.check(port, "Service port");
        Port.check(targetPort, "targetPort");
        String[] kv = selector == null ? new String[0] : selector.split("=", -1);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
            throw new IllegalArgumentException("selector " + Texts.quote(selector) + " must be one label like \"app=shop\"");
        }
        Map<String, String> sel = Map.of(kv[0].strip(), kv[1].strip());
        Service existing = services.get("default/" + svcName);
        if (existing != null) {
            if (existing.port() != port || existing.targetPort() != targetPort || !existing.selector().equals(sel)) {
                throw new IllegalArgumentException("Service \"" + svcName + "\" already exists as " + existing.selector()
                        + " :" + existing.port() + " → :" + existing.targetPort() + "; remove it with " + removeServiceCall(svcName)
                        + ", or use another name");
            }
            return existing;
        }
        Service s = new Service(this, svcName, "default", sel, port, targetPort, true);
        if (s.endpoints().isEmpty()) {
            throw new IllegalArgumentException("Service \"" + svcName + "\" selects " + kv[0].strip() + "=" + kv[1].strip()
                    + ", but no pod in namespace default has that label; Deployment pods are labelled app=<deployment name>");
        }
        s.assignClusterIp(allocateClusterIp(s));
        services.put("default/" + svcName, s);
        topology.record(new KubernetesStep.ServiceStep(name, svcName, port, targetPort, kv[0].strip() + "=" + kv[1].strip()));
        return s;
    }

    /**
     * Creates or returns an Ingress in the default namespace; the first one installs the ingress controller.
     *
     * <pre>{@code
     * k8s.ingress("public").rule("shop.example.com", "/", svc)
     * }</pre>
     */
    public Ingress ingress(String ingressName) {
        Texts.kubeName("an Ingress", ingressName);
        topology.quietly(this::ingressController);
        return ingresses.computeIfAbsent(ingressName, n -> {
            topology.record(new KubernetesStep.IngressStep(name, n));
            return new Ingress(this, n, "default");
        });
    }

    /**
     * Creates or returns the ingress controller: ingress-nginx, one pod, behind a LoadBalancer Service.
     *
     * <pre>{@code
     * k8s.ingressController().address()   // 198.51.100.10
     * }</pre>
     */
    public IngressController ingressController() {
        if (ingressController == null) {
            ingressController = topology.quietly(() -> {
                Deployment d = deployment(IngressController.NAME, "registry.k8s.io/ingress-nginx/controller:v1.11.2",
                        IngressController.NAMESPACE);
                Service s = expose(d, 80, 80).loadBalancer();
                return new IngressController(d, s);
            });
            topology.record(new KubernetesStep.IngressControllerStep(name));
        }
        return ingressController;
    }

    /** The ingress controller, if an Ingress installed it. */
    public Optional<IngressController> installedIngressController() {
        return Optional.ofNullable(ingressController);
    }

    /**
     * Deletes a Service of the default namespace (like {@code kubectl delete service}): its ClusterIP, NodePort and
     * external address are free again; the pods keep running.
     *
     * <pre>{@code
     * cart.expose(9090);            // meant port 80
     * k8s.removeService("cart");    // works
     * cart.expose(80);              // works
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such Service, or an Ingress still sends to it
     */
    public KubernetesCluster removeService(String svcName) {
        Service s = services.get("default/" + svcName);
        if (s == null) {
            throw new IllegalArgumentException("cluster \"" + name + "\" has no Service " + Texts.quote(svcName) + " in namespace default"
                    + (services.isEmpty() ? "" : "; it has " + services.values().stream().map(Service::name).toList()));
        }
        for (Ingress i : ingresses.values()) {
            if (i.uses(s)) {
                throw new IllegalArgumentException("Ingress \"" + i.name() + "\" still sends to Service \"" + svcName
                        + "\"; remove its rules first (ingress.removeRule(host, path)) or remove it with k8s.removeIngress(\"" + i.name() + "\")");
            }
        }
        s.free();
        addresses.release(s);
        services.remove("default/" + svcName);
        topology.record(new KubernetesStep.RemoveServiceStep(name, "default", svcName));
        return this;
    }

    /**
     * Deletes a Deployment of the default namespace and its pods (like {@code kubectl delete deployment}); Services
     * that selected them stay, with no endpoints.
     *
     * <pre>{@code
     * k8s.deployment("cart", "cart:2.0");     // meant cart:2.1
     * k8s.removeDeployment("cart");           // works
     * k8s.deployment("cart", "cart:2.1");     // works
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such Deployment
     */
    public KubernetesCluster removeDeployment(String depName) {
        Deployment d = deployments.get("default/" + depName);
        if (d == null) {
            throw new IllegalArgumentException("cluster \"" + name + "\" has no Deployment " + Texts.quote(depName) + " in namespace default"
                    + "; it has " + deployments.values().stream().filter(x -> x.namespace().equals("default")).map(Deployment::name).toList());
        }
        topology.quietly(() -> d.replicas(0));
        deployments.remove("default/" + depName);
        topology.record(new KubernetesStep.RemoveDeploymentStep(name, "default", depName));
        return this;
    }

    /**
     * Deletes an Ingress; the ingress controller stays.
     *
     * <pre>{@code
     * k8s.removeIngress("public")
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such Ingress
     */
    public KubernetesCluster removeIngress(String ingressName) {
        if (ingresses.remove(ingressName) == null) {
            throw new IllegalArgumentException("cluster \"" + name + "\" has no Ingress " + Texts.quote(ingressName)
                    + (ingresses.isEmpty() ? "" : "; it has " + ingresses.keySet()));
        }
        topology.record(new KubernetesStep.RemoveIngressStep(name, ingressName));
        return this;
    }

    static String removeServiceCall(String svcName) {
        return "k8s.removeService(\"" + svcName + "\")";
    }

    /** The Deployment of this name in a namespace, if any. */
    Optional<Deployment> deploymentIn(String namespace, String depName) {
        return Optional.ofNullable(deployments.get(namespace + "/" + depName));
    }

    /** The Service of this name in a namespace, if any. */
    Optional<Service> serviceIn(String namespace, String svcName) {
        return Optional.ofNullable(services.get(namespace + "/" + svcName));
    }

    /** Its nodes. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /**
     * The node of this name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Node node(String nodeName) {
        return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "cluster \"" + name + "\" has no node " + Texts.quote(nodeName) + "; it has " + nodes.stream().map(Node::name).toList()));
    }

    /** All pods, in creation order. */
    public List<Pod> pods() {
        return List.copyOf(pods);
    }

    /** The Deployments. */
    public List<Deployment> deployments() {
        return List.copyOf(deployments.values());
    }

    /** The Services. */
    public List<Service> services() {
        return List.copyOf(services.values());
    }

    /**
     * The Service of this name (any namespace).
     *
     * @throws IllegalArgumentException if there is none
     */
    public Service service(String svcName) {
        return services.values().stream().filter(s -> s.name().equals(svcName)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("cluster \"" + name + "\" has no Service " + Texts.quote(svcName)
                        + "; create one with deployment.expose(80)"));
    }

    /** The Ingresses. */
    public List<Ingress> ingresses() {
        return List.copyOf(ingresses.values());
    }

    /**
     * The address plan: node, pod and service ranges, each node's pod slice, and any overlaps.
     *
     * <pre>{@code
     * k8s.addressPlan()
     * }</pre>
     */
    public AddressPlan addressPlan() {
        return AddressPlan.of(this, topology);
    }

    // ---- scheduling and allocation, used by Deployments and Services ----

    Topology topology() {
        return topology;
    }

    void schedule(Pod pod) {
        Node node = nodes.stream().filter(Node::schedulable).min(Comparator.comparingInt(Node::podCount)
                .thenComparingInt(Node::index)).orElseThrow(() -> new IllegalStateException("cluster \"" + name
                        + "\" has no node that takes pods"));
        Ipv4 ip = podAddress(node, pod);
        node.add(pod);
        pod.place(node, ip);
        pods.add(pod);
    }

    private Ipv4 podAddress(Node node, Pod pod) {
        String owner = "pod \"" + pod.name() + "\"";
        if (cni == Cni.AWS_VPC) {
            return ((Lan) network).nextStatic(10, owner);
        }
        Optional<Ipv4> ip = node.nextPodAddress(owner);
        while (ip.isEmpty()) {
            if (cni != Cni.CALICO) {
                throw new IllegalStateException("node " + node.name() + " has no free pod address left in " + node.podCidrs()
                        + "; spread pods over more nodes");
            }
            long blocks = 1L << (cni.nodePrefix() - podRange.prefix());
            if (nextBlock >= blocks) {
                throw new IllegalStateException("pod range " + podRange + " is full; use a larger range with k8s.podCidr(...)");
            }
            node.addBlock(podRange.subnet(cni.nodePrefix(), nextBlock++));
            ip = node.nextPodAddress(owner);
        }
        return ip.get();
    }

    void unschedule(Pod pod) {
        releaseAddress(pod);
        pod.node().remove(pod);
        pods.remove(pod);
    }

    private void releaseAddress(Pod pod) {
        if (network instanceof Lan lan && cni == Cni.AWS_VPC) {
            lan.release(pod.address());
        } else {
            pod.node().releasePodAddress(pod.address());
        }
    }

    private void assignBlocks() {
        nextBlock = 0;
        for (Node n : nodes) {
            n.clearBlocks();
            if (podRange != null && cni.nodePrefix() > 0) {
                n.addBlock(podRange.subnet(cni.nodePrefix(), nextBlock++));
            }
        }
    }

    private void readdressPods() {
        for (Pod p : pods) {
            if (network instanceof Lan lan && lan.owner(p.address()).filter(o -> o.equals("pod \"" + p.name() + "\"")).isPresent()) {
                lan.release(p.address());
            }
        }
        assignBlocks();
        for (Pod p : pods) {
            p.place(p.node(), podAddress(p.node(), p));
        }
    }

    Service expose(Deployment d, int port, int targetPort) {
        Port.check(port, "Service port");
        boolean explicit = targetPort > 0;
        int target = explicit ? Port.check(targetPort, "targetPort") : d.port();
        String key = d.namespace() + "/" + d.name();
        Service existing = services.get(key);
        if (existing != null) {
            if (existing.port() != port || (explicit && existing.targetPort() != target)) {
                throw new IllegalArgumentException("Service \"" + d.name() + "\" already exposes port " + existing.port() + " → pods :"
                        + existing.targetPort() + ", not " + port + " → :" + target + "; remove it with " + removeServiceCall(d.name())
                        + ", or use k8s.service(...) for a second Service");
            }
            return existing;
        }
        Service s = new Service(this, d.name(), d.namespace(), Map.of("app", d.name()), port, target, explicit);
        s.assignClusterIp(allocateClusterIp(s));
        services.put(key, s);
        topology.record(new KubernetesStep.ExposeStep(name, d.namespace(), d.name(), port,
                explicit ? Optional.of(target) : Optional.empty()));
        return s;
    }

    void retarget(Deployment d) {
        for (Service s : services.values()) {
            if (!s.explicitTarget() && s.namespace().equals(d.namespace()) && s.selector().equals(Map.of("app", d.name()))) {
                s.targetPort(d.port());
            }
        }
    }

    private Ipv4 allocateClusterIp(Service s) {
        return addresses.clusterIp(s, serviceRange, apiServer(), dns());
    }

    int allocateNodePort(Service s) {
        return addresses.nodePort(s, name);
    }

    void releaseNodePort(Service s) {
        addresses.releaseNodePort(s);
    }

    void claimNodePort(Service s, int port, int current) {
        addresses.claimNodePort(s, port, current);
    }

    /** {@code Kubernetes cluster shop (kubeadm, Flannel): 3 nodes on datacenter …}. */
    @Override
    public String toString() {
        long userPods = pods.stream().filter(p -> !p.namespace().equals(IngressController.NAMESPACE)).count();
        return "Kubernetes cluster " + name + " (" + flavour + ", " + cni + "): " + Topology.count(nodes.size(), "node") + " on "
                + network.name() + " " + nodeRange() + ", pods " + (podRange == null ? "from the node subnet" : podRange.toString())
                + ", services " + serviceRange + ", DNS " + dns() + "; " + Topology.count(deployments.size(), "Deployment") + ", "
                + Topology.count((int) userPods, "pod") + ", " + Topology.count(services.size(), "Service");
    }
}
