package vnetlab.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the realizer will build, before anything is built: the namespaces (one per host, router, VM, container,
 * pod, node, plus one that holds the LANs' switches), the {@code ip} commands of each, their sysctls, the
 * netfilter rules and the user-space proxies. Pure data, so it can be read and tested without root.
 */
final class Plan {

    /** One network namespace: the model object it stands for, and what to run in it, phase by phase. */
    static final class Space {
        final String ns;
        final String label;
        /** Bridges and other devices that veths are enslaved to. */
        final List<String> devices = new ArrayList<>();
        /** veth pairs (the peer in another namespace). */
        final List<String> links = new ArrayList<>();
        /** Devices on top of others (VXLAN, macvlan). */
        final List<String> stacked = new ArrayList<>();
        /** Addresses, masters, up, routes, neighbours. */
        final List<String> config = new ArrayList<>();
        /** Forwarding entries for VXLAN devices ({@code bridge fdb}). */
        final List<String> fdb = new ArrayList<>();
        final Map<String, String> sysctls = new LinkedHashMap<>();
        /** The rules the model prints ({@code iptables()}), loaded first with iptables-restore. */
        String modelRules = "";
        /** Who wrote {@link #modelRules} (for a load failure's message). */
        String modelRulesOf = "";
        /** Rules a real system writes that the model does not print (a home router's SNAT, libvirt, Flannel). */
        final List<String> systemRules = new ArrayList<>();

        Space(String ns, String label) {
            this.ns = ns;
            this.label = label;
        }

        @Override
        public String toString() {
            return ns + " (" + label + ")";
        }
    }

    /**
     * A user-space proxy stand-in (docker-proxy, VirtualBox's NAT engine, Docker Desktop's forwarder).
     *
     * @param toIp the address to connect to, or {@code original} for the destination the client used
     * @param keepClient open the second connection from the client's own address (not a loopback one)
     */
    record Proxy(String name, String listenNs, String listenIp, int port, String connectNs, String toIp, int toPort,
                 boolean keepClient) {
        Proxy(String name, String listenNs, String listenIp, int port, String connectNs, String toIp, int toPort) {
            this(name, listenNs, listenIp, port, connectNs, toIp, toPort, false);
        }
    }

    /** The name of the ingress controller proxy in a pod's namespace on a port. */
    static String ingressProxy(String ns, int port) {
        return "ingress controller " + ns + ":" + port;
    }

    final String prefix;
    final Map<String, Space> spaces = new LinkedHashMap<>();
    /** Model ids (host:…, vm:…, container:…, pod:…, node:…, lan:…/router, internet) → namespace. */
    final Map<String, String> nsOf = new LinkedHashMap<>();
    final List<Proxy> proxies = new ArrayList<>();
    /** What the lab has that this realizer does not build, one line each, with the reason. */
    final List<String> unrealized = new ArrayList<>();
    private int counter;

    Plan(String prefix) {
        this.prefix = prefix;
    }

    /** A new namespace standing for a model object (id may be null for helper namespaces). */
    Space space(String id, String label) {
        Space s = new Space(prefix + "-" + (counter++), label);
        spaces.put(s.ns, s);
        if (id != null) {
            nsOf.put(id, s.ns);
        }
        return s;
    }

    Space of(String id) {
        String ns = nsOf.get(id);
        return ns == null ? null : spaces.get(ns);
    }

    /** A device name unique in this plan, for the far end of a veth ({@code v7}). */
    String peerName() {
        return "v" + (counter++);
    }

    List<Space> spaces() {
        return Collections.unmodifiableList(new ArrayList<>(spaces.values()));
    }

    /**
     * A veth pair: {@code name} in {@code a}, its peer in {@code b} enslaved to {@code bridge} (or left alone when
     * bridge is null); returns the peer's name.
     */
    String veth(Space a, String name, Space b, String bridge) {
        String peer = peerName();
        a.links.add("link add " + name + " type veth peer name " + peer + " netns " + b.ns);
        a.config.add("link set " + name + " up");
        if (bridge != null) {
            b.config.add("link set " + peer + " master " + bridge);
        }
        b.config.add("link set " + peer + " up");
        return peer;
    }

    /** A Linux bridge in a namespace, up, with an address when given. */
    void bridge(Space s, String name, String address) {
        s.devices.add("link add " + name + " type bridge");
        s.config.add(0, "link set " + name + " up");
        if (address != null) {
            s.config.add(1, "addr add " + address + " dev " + name);
        }
    }
}
