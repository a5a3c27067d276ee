package vnetlab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/**
 * The simulator's picture of a lab: stations, segments and the rules the model implies, built once per snapshot.
 */
final class Fabric {

    final Map<String, Station> stations = new LinkedHashMap<>();
    final Map<String, Segment> segments = new LinkedHashMap<>();
    final List<KubeProxy> kubeProxies = new ArrayList<>();
    /** Names a sender may resolve, per resolver (see {@link Dns}). */
    final Dns dns = new Dns();
    /** The lab snapshot this fabric was built from (null for a fabric built by hand in a test). */
    vnetlab.model.snapshot.Snapshot snapshot;
    /** Services by stable id: where from inside and from outside a cluster a Service is reached. */
    final Map<String, ServiceAddress> services = new HashMap<>();
    private final Map<Station, Set<String>> visible = new HashMap<>();
    Station internet;

    /** How a Service is reached: ClusterIP inside; a load balancer or NodePort from outside. */
    record ServiceAddress(String name, String cluster, Ipv4 clusterIp, int port, Ipv4 external, int externalPort) {
    }

    Segment segment(String id, String name, Cidr cidr, Segment.Kind kind) {
        Segment s = new Segment(id, name, cidr, kind);
        segments.put(id, s);
        return s;
    }

    Station station(String id, String name, Station.Kind kind) {
        Station s = new Station(id, name, kind);
        stations.put(id, s);
        return s;
    }

    /** The station that holds this address on some segment (for naming a DNAT's pod), or null. */
    Station owner(Ipv4 ip) {
        for (Segment s : segments.values()) {
            Station m = s.member(ip);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    Set<String> visibleFrom(Station s) {
        return visible.computeIfAbsent(s, Addressing::visibleRealms);
    }

    boolean isClusterMember(Station s, String cluster) {
        for (Station.Iface i : s.ifaces) {
            if (cluster.equals(i.segment().realm)) {
                return true;
            }
        }
        return false;
    }
}
