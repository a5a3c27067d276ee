package vnetlab.model.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vnetlab.model.Ipv4;

/**
 * An immutable copy of a whole lab for the simulator and the diagrams.
 *
 * <pre>{@code
 * var s = lab.snapshot();
 * s.vm("dev").orElseThrow().nics().get(0).address()   // 10.0.2.15
 * s.publicDns().get("shop.example.com")               // the ingress controller's external address
 * }</pre>
 *
 * @param lab            the lab's name
 * @param lans           LANs
 * @param hosts          hosts
 * @param vms            VMs
 * @param dockerEngines  Docker engines on hosts and VMs
 * @param swarms         Docker swarms
 * @param clusters       Kubernetes clusters
 * @param internetHosts  named internet servers
 * @param internet       the INTERNET endpoint (a server out there, 192.0.2.1)
 * @param publicDns      public DNS names → addresses: internet hosts, and Ingress hosts → their controller's address
 * @param endpoints      every endpoint by id
 * @param warnings       the lab's warnings
 * @param hypervisorClusters clusters of hypervisor hosts (chapter 1)
 */
public record Snapshot(String lab, List<LanState> lans, List<HostState> hosts, List<VmState> vms,
        List<DockerEngineState> dockerEngines, List<SwarmState> swarms, List<ClusterState> clusters,
        List<InternetHostState> internetHosts, EndpointState internet, Map<String, Ipv4> publicDns,
        Map<String, EndpointState> endpoints, List<String> warnings, List<HypervisorClusterState> hypervisorClusters) {

    /** A snapshot without hypervisor clusters (the shape before they were added; diagrams build partial snapshots). */
    public Snapshot(String lab, List<LanState> lans, List<HostState> hosts, List<VmState> vms,
            List<DockerEngineState> dockerEngines, List<SwarmState> swarms, List<ClusterState> clusters,
            List<InternetHostState> internetHosts, EndpointState internet, Map<String, Ipv4> publicDns,
            Map<String, EndpointState> endpoints, List<String> warnings) {
        this(lab, lans, hosts, vms, dockerEngines, swarms, clusters, internetHosts, internet, publicDns, endpoints, warnings, List.of());
    }

    /** Copies the collections. */
    public Snapshot {
        lans = List.copyOf(lans);
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        dockerEngines = List.copyOf(dockerEngines);
        swarms = List.copyOf(swarms);
        clusters = List.copyOf(clusters);
        internetHosts = List.copyOf(internetHosts);
        publicDns = Map.copyOf(publicDns);
        endpoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(endpoints));
        warnings = List.copyOf(warnings);
        hypervisorClusters = List.copyOf(hypervisorClusters);
    }

    /** The LAN of this name. */
    public Optional<LanState> lan(String name) {
        return lans.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The host of this name. */
    public Optional<HostState> host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    /** The VM of this name. */
    public Optional<VmState> vm(String name) {
        return vms.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The Docker engine on the machine (host or VM) of this name. */
    public Optional<DockerEngineState> docker(String machine) {
        return dockerEngines.stream().filter(d -> d.machine().equals(machine)).findFirst();
    }

    /** The container with this endpoint id ({@code container:<machine>/<name>}). */
    public Optional<ContainerState> container(String id) {
        return dockerEngines.stream().flatMap(d -> d.containers().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** The Kubernetes cluster of this name. */
    public Optional<ClusterState> cluster(String name) {
        return clusters.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The endpoint with this id. */
    public Optional<EndpointState> endpoint(String id) {
        return Optional.ofNullable(endpoints.get(id));
    }
}
