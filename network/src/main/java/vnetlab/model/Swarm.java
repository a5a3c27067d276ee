package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Docker swarm: engines on several hosts joined so that overlay networks (VXLAN, 4789/udp) span them.
 *
 * <pre>{@code
 * var swarm = lab.swarm("prod").join(h1.docker()).join(h2.docker());
 * var web = swarm.overlay("web");   // 10.0.1.0/24 (the ingress network has 10.0.0.0/24)
 * h1.docker().run("a", "nginx").on(web);
 * h2.docker().run("b", "nginx").on(web);
 * }</pre>
 */
public final class Swarm {
    // moby: overlay networks draw /24s from 10.0.0.0/8 (global-scope default pool); the ingress network takes the first.
    private static final Cidr OVERLAY_POOL = Cidr.parse("10.0.0.0/8");

    private final Topology topology;
    private final String name;
    private final List<DockerEngine> engines = new ArrayList<>();
    private final Map<String, DockerNetwork> networks = new LinkedHashMap<>();

    Swarm(Topology topology, String name) {
        this.topology = topology;
        this.name = name;
        Cidr ingress = OVERLAY_POOL.subnet(24, 0);
        networks.put("ingress", new DockerNetwork(null, this, "ingress", DockerDriver.OVERLAY, ingress, ingress.host(1), null,
                null, null, false));
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /**
     * Adds an engine to the swarm (the first one is the manager); re-joining is harmless.
     *
     * @throws IllegalStateException if the engine is in another swarm
     */
    public Swarm join(DockerEngine engine) {
        Texts.required(engine, "swarm.join", "a Docker engine", "host.docker()");
        if (!engines.contains(engine)) {
            engine.joinSwarm(this);
            engines.add(engine);
            topology.record(new NetworkStep.SwarmJoinStep(name, engine.machine().id()));
        }
        return this;
    }

    /** Its engines, the manager first. */
    public List<DockerEngine> engines() {
        return List.copyOf(engines);
    }

    /**
     * Creates or returns an overlay network with the next /24 from 10.0.0.0/8.
     *
     * <pre>{@code
     * swarm.overlay("web")   // 10.0.1.0/24
     * }</pre>
     */
    public DockerNetwork overlay(String name) {
        DockerNetwork existing = networks.get(name);
        if (existing != null) {
            return existing;
        }
        Texts.dockerName("an overlay network", name);
        Cidr subnet = OVERLAY_POOL.subnet(24, networks.size());
        DockerNetwork n = new DockerNetwork(null, this, name, DockerDriver.OVERLAY, subnet, subnet.host(1), null, null, null, true);
        networks.put(name, n);
        topology.record(new NetworkStep.SwarmOverlayStep(this.name, name));
        return n;
    }

    /** Its overlay networks, ingress first. */
    public List<DockerNetwork> networks() {
        return List.copyOf(networks.values());
    }

    /** {@code swarm prod: 2 engines (h1, h2); overlays ingress 10.0.0.0/24, web 10.0.1.0/24}. */
    @Override
    public String toString() {
        return "swarm " + name + ": " + Topology.count(engines.size(), "engine") + " "
                + engines.stream().map(e -> e.machine().name()).toList() + "; overlays "
                + String.join(", ", networks.values().stream().map(n -> n.name() + " " + n.cidr()).toList());
    }
}
