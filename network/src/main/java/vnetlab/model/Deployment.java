package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Deployment: a number of identical pods from one image, spread over the nodes, labelled {@code app=<name>}.
 *
 * <pre>{@code
 * var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
 * var svc = shop.expose(80);   // Service "shop": ClusterIP :80 → pods :8080
 * }</pre>
 */
public final class Deployment {
    private final KubernetesCluster cluster;
    private final String name;
    private final String namespace;
    private final String image;
    private final List<Pod> pods = new ArrayList<>();
    private String templateHash;
    private final Map<String, String> sidecars = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> podNames = new java.util.HashSet<>();
    private int port = 80;
    private Map<String, String> labels;
    private int created;

    Deployment(KubernetesCluster cluster, String name, String namespace, String image) {
        this.cluster = cluster;
        this.name = name;
        this.namespace = namespace;
        this.image = image;
        this.templateHash = Ids.podSuffix(cluster.name() + "/" + namespace + "/" + name + "/" + image, 10);
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Its namespace. */
    public String namespace() {
        return namespace;
    }

    /** Its image. */
    public String image() {
        return image;
    }

    /** The port its containers listen on (80 unless set with {@link #port(int)}). */
    public int port() {
        return port;
    }

    /** How many pods it runs. */
    public int replicas() {
        return pods.size();
    }

    /** Its pods. */
    public List<Pod> pods() {
        return List.copyOf(pods);
    }

    /** The cluster it runs in. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    /**
     * Scales to {@code n} pods: new pods go to the nodes with the fewest pods; scaling down removes the newest.
     *
     * <pre>{@code
     * shop.replicas(3)   // works
     * shop.replicas(-1)  // fails: replicas -1 must be 0..5000
     * }</pre>
     */
    public Deployment replicas(int n) {
        if (n < 0 || n > 5000) {
            throw new IllegalArgumentException("replicas " + n + " for Deployment \"" + name + "\" must be 0..5000");
        }
        int before = pods.size();
        while (pods.size() > n) {
            Pod last = pods.remove(pods.size() - 1);
            cluster.unschedule(last);
        }
        int createdBefore = created;
        try {
            while (pods.size() < n) {
                String podName = name + "-" + templateHash + "-" + Ids.podSuffix(templateHash + "/" + created++, 5);
                while (hasPod(podName)) {
                    // five random-looking letters can repeat; like the ReplicaSet controller, pick another
                    podName = name + "-" + templateHash + "-" + Ids.podSuffix(templateHash + "/" + created++, 5);
                }
                Pod pod = new Pod(cluster, podName, namespace, image, port, labels(), containers());
                cluster.schedule(pod);
                pods.add(pod);
                podNames.add(podName);
            }
        } catch (IllegalStateException full) {
            while (pods.size() > before) {
                cluster.unschedule(pods.remove(pods.size() - 1));
            }
            created = createdBefore;
            throw full;
        }
        if (n != before) {
            cluster.topology().record(new KubernetesStep.ReplicasStep(cluster.name(), namespace, name, n));
        }
        return this;
    }

    /**
     * Sets the port its containers listen on (the Services' default targetPort).
     *
     * <pre>{@code
     * shop.port(8080)
     * }</pre>
     */
    public Deployment port(int containerPort) {
        Port.check(containerPort, "container port");
        if (containerPort != port) {
            this.port = containerPort;
            int n = pods.size();
            cluster.topology().quietly(() -> replicas(0).replicas(n));
            cluster.retarget(this);
            cluster.topology().record(new KubernetesStep.DeploymentPortStep(cluster.name(), namespace, name, containerPort));
        }
        return this;
    }

    /**
     * Adds a sidecar container to the pod template (a proxy, a log shipper): it shares each pod's address, so the pods
     * are rolled (re-created with a new template hash).
     *
     * <pre>{@code
     * shop.sidecar("envoy", "envoyproxy/envoy:v1.31")   // every shop pod now runs shop and envoy on one address
     * }</pre>
     *
     * @throws IllegalArgumentException for a bad name or image, or a sidecar of that name with another image
     */
    public Deployment sidecar(String containerName, String containerImage) {
        Texts.kubeName("a container", containerName);
        if (containerImage == null || containerImage.isBlank() || containerImage.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("sidecar \"" + containerName + "\" needs an image without spaces, e.g. \"envoyproxy/envoy:v1.31\", not "
                    + Texts.quote(containerImage));
        }
        if (containerName.equals(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is the name of the Deployment's main container; give the sidecar another name");
        }
        String existing = sidecars.get(containerName);
        if (existing != null) {
            if (!existing.equals(containerImage)) {
                throw new IllegalArgumentException("sidecar \"" + containerName + "\" already runs " + existing + ", not " + containerImage
                        + "; use another name");
            }
            return this;
        }
        sidecars.put(containerName, containerImage);
        templateHash = Ids.podSuffix(cluster.name() + "/" + namespace + "/" + name + "/" + image + "/" + sidecars, 10);
        int n = pods.size();
        cluster.topology().quietly(() -> replicas(0).replicas(n));
        cluster.topology().record(new KubernetesStep.SidecarStep(cluster.name(), namespace, name, containerName, containerImage));
        return this;
    }

    private boolean hasPod(String podName) {
        if (podNames.size() != pods.size()) {
            podNames.clear();
            pods.forEach(p -> podNames.add(p.name()));
        }
        return podNames.contains(podName);
    }

    /** The pod template's containers, name → image: the main one (named after the Deployment) first, then sidecars. */
    /** The labels of its pods: {@code app=<name>} unless a manifest gave others. */
    public Map<String, String> labels() {
        return labels == null ? Map.of("app", name) : labels;
    }

    /** Gives its pods a manifest's labels (spec.template.metadata.labels), recreating them. */
    void labels(Map<String, String> podLabels) {
        if (!labels().equals(podLabels)) {
            this.labels = Map.copyOf(podLabels);
            int n = pods.size();
            cluster.topology().quietly(() -> replicas(0).replicas(n));
        }
    }

    public Map<String, String> containers() {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put(name, image);
        all.putAll(sidecars);
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * Creates or returns the ClusterIP Service named after the Deployment: {@code port} → the pods' port.
     *
     * <pre>{@code
     * shop.expose(80)                    // ClusterIP 10.x.y.z:80 → pods :8080
     * shop.expose(80).nodePort(29999)    // fails: NodePort 29999 is outside 30000-32767
     * }</pre>
     */
    public Service expose(int servicePort) {
        return cluster.expose(this, servicePort, -1);
    }

    /** Creates or returns the Service named after the Deployment with an explicit targetPort. */
    public Service expose(int servicePort, int targetPort) {
        return cluster.expose(this, servicePort, targetPort);
    }

    /** {@code Deployment shop (shop:1.4) 3 replicas, port 8080}. */
    @Override
    public String toString() {
        return "Deployment " + name + " (" + image + ") " + Topology.count(pods.size(), "replica") + ", port " + port
                + (namespace.equals("default") ? "" : ", namespace " + namespace);
    }
}
