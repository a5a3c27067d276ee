package vnetlab.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vnetlab.model.Ipv4;

/**
 * The name services a sender may use: Docker's embedded DNS (per user-defined network), cluster DNS (per cluster),
 * public DNS (ingress hosts pointing at a load balancer) and the lab's own names of hosts and VMs.
 */
final class Dns {

    /** One answer: the address, and which DNS gave it. */
    record Answer(Ipv4 address, Station station, String server) {
    }

    private final Map<String, Map<String, Answer>> zones = new HashMap<>();

    /** Adds a name to the zone a set of senders shares (a Docker network id, a cluster id, "public", "lab"). */
    void add(String zone, String name, Ipv4 address, Station station, String server) {
        zones.computeIfAbsent(zone, z -> new HashMap<>()).putIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
                new Answer(address, station, server));
    }

    private final Map<String, String> labels = new HashMap<>();

    /** Names a zone for messages, e.g. a Docker network's name. */
    void label(String zone, String label) {
        labels.put(zone, label);
    }

    /** The zone's name for messages (the zone itself when unnamed). */
    String label(String zone) {
        return labels.getOrDefault(zone, zone);
    }

    /** The names a zone knows, sorted. */
    java.util.List<String> names(String zone) {
        return zones.getOrDefault(zone, Map.of()).keySet().stream().sorted().toList();
    }

    /** The zones that know a name, in no particular order. */
    java.util.List<String> zonesWith(String name) {
        String key = name.toLowerCase(java.util.Locale.ROOT);
        return zones.entrySet().stream().filter(e -> e.getValue().containsKey(key)).map(Map.Entry::getKey).sorted().toList();
    }

    Optional<Answer> lookup(String zone, String name) {
        Map<String, Answer> z = zones.get(zone);
        return z == null ? Optional.empty() : Optional.ofNullable(z.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
