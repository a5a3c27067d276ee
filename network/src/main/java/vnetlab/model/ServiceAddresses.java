package vnetlab.model;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Which ClusterIPs and NodePorts of a cluster are taken; real clusters pick at random, vnetlab hashes the name. */
final class ServiceAddresses {
    private final Map<Ipv4, Service> clusterIps = new HashMap<>();
    private final TreeMap<Integer, Service> nodePorts = new TreeMap<>();

    void forgetClusterIps() {
        clusterIps.clear();
    }

    /** A ClusterIP for the Service: hashed from its name, then the next free one. */
    Ipv4 clusterIp(Service s, Cidr serviceRange, Ipv4 apiServer, Ipv4 dns) {
        // Real clusters pick ClusterIPs at random; a hash of the name keeps a rebuilt lab identical.
        long usable = serviceRange.size() - 2;
        long start = Ids.number(s.namespace() + "/" + s.name()) % usable;
        for (long i = 0; i < usable; i++) {
            Ipv4 ip = serviceRange.host(1 + (start + i) % usable);
            if (!ip.equals(apiServer) && !ip.equals(dns) && !clusterIps.containsKey(ip)) {
                clusterIps.put(ip, s);
                return ip;
            }
        }
        throw new IllegalStateException("service range " + serviceRange + " is full; use a larger one with k8s.serviceCidr(...)");
    }

    /** A free NodePort for the Service: hashed from its name, then the next free one. */
    int nodePort(Service s, String clusterName) {
        int span = KubernetesCluster.NODE_PORT_LAST - KubernetesCluster.NODE_PORT_FIRST + 1;
        long start = Ids.number("nodeport/" + s.namespace() + "/" + s.name()) % span;
        for (int i = 0; i < span; i++) {
            int port = KubernetesCluster.NODE_PORT_FIRST + (int) ((start + i) % span);
            if (!nodePorts.containsKey(port)) {
                nodePorts.put(port, s);
                return port;
            }
        }
        throw new IllegalStateException("all NodePorts 30000-32767 of cluster \"" + clusterName + "\" are taken");
    }

    /** Takes a chosen NodePort for the Service, giving back the one it had. */
    void release(Service s) {
        clusterIps.values().removeIf(x -> x == s);
        nodePorts.values().removeIf(x -> x == s);
    }

    void releaseNodePort(Service s) {
        nodePorts.values().removeIf(x -> x == s);
    }

    void claimNodePort(Service s, int port, int current) {
        if (port < KubernetesCluster.NODE_PORT_FIRST || port > KubernetesCluster.NODE_PORT_LAST) {
            throw new IllegalArgumentException("NodePort " + port + " is outside " + KubernetesCluster.NODE_PORT_FIRST + "-" + KubernetesCluster.NODE_PORT_LAST);
        }
        Service other = nodePorts.get(port);
        if (other != null && other != s) {
            throw new IllegalArgumentException("NodePort " + port + " is already used by Service \"" + other.name()
                    + "\"; remove it with k8s.service(\"" + other.name() + "\").removeNodePort(), pick another, or call nodePort() for a free one");
        }
        if (current != 0 && current != port) {
            nodePorts.remove(current);
        }
        nodePorts.put(port, s);
    }
}
