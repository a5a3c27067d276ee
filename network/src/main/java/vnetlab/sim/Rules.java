package vnetlab.sim;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

/** The rule shapes a station holds; each carries the learner-facing label and the real rule text it stands for. */
final class Rules {

    private Rules() {
    }

    /**
     * A destination rewrite: a port forward, a published port.
     *
     * @param destination the address to match, or null for any of the station's own addresses (dst-type LOCAL)
     * @param notFrom the segment a packet must not arrive on ({@code ! -i docker0}), or null
     * @param toSegment the segment to send the rewritten packet on when routing cannot find it (a NAT engine's
     *                  hidden side), or null
     */
    record Dnat(Protocol protocol, Ipv4 destination, int port, Segment notFrom, Ipv4 toIp, int toPort,
                Segment toSegment, String label, String rule) {

        /** A forwarder listening on every host address also answers on localhost when the host itself connects. */
        boolean matches(Packet p, Segment in, Station here, boolean origin) {
            return p.protocol() == protocol && p.destinationPort() == port && in != notFrom
                    && (destination == null ? here.owns(p.destination()) || (origin && p.destination().isLoopback())
                    : destination.bits() == p.destination().bits());
        }
    }

    /**
     * A source rewrite: MASQUERADE (to == null: the outgoing interface's address) or SNAT to a fixed address.
     *
     * @param source the source prefix to match, or null
     * @param from the segment the packet must have arrived on, or null
     * @param out the segment the packet must leave on, or null
     * @param notOut the segment the packet must not leave on ({@code ! -o docker0}), or null
     * @param notDestination a destination prefix that is exempt, or null
     */
    record Snat(Cidr source, Segment from, Segment out, Segment notOut, Cidr notDestination, Ipv4 to, String verb,
                String label, String rule) {

        boolean matches(Packet p, Segment in, Segment leaving) {
            return (source == null || source.contains(p.source())) && (from == null || from == in)
                    && (out == null || out == leaving) && (notOut == null || notOut != leaving)
                    && (notDestination == null || !notDestination.contains(p.destination()));
        }
    }

    /** Where an ingress rule sends a request: a Service's ClusterIP and port. */
    record Backend(String service, Ipv4 address, int port) {
        @Override
        public String toString() {
            return "Service " + service + " (" + address + ":" + port + ")";
        }
    }

    /**
     * A user-space proxy on a station that ends the connection and opens a new one: an ingress controller (by host
     * and path) or docker-proxy (loopback published ports).
     *
     * @param destination the address it listens on, or null for every address of the station
     * @param ingress the host/path rules of an ingress controller, or null for a plain proxy to {@code toIp:toPort}
     */
    record Proxy(String label, Ipv4 destination, int port, IngressMatcher<Backend> ingress, Ipv4 toIp, int toPort,
                 Segment toSegment, String rule) {

        boolean matches(Packet p, Station here) {
            return p.protocol() == Protocol.TCP && p.destinationPort() == port
                    && (destination == null ? here.owns(p.destination()) || p.destination().isLoopback()
                    : destination.bits() == p.destination().bits());
        }
    }

    /**
     * A port published on 127.0.0.1 only: the station itself reaches it on localhost, nothing reaches it on the
     * station's other addresses (GROUND-TRUTH: Docker, {@code -p 127.0.0.1:8080:80}).
     *
     * @param container the container that publishes it, as the learner named it
     */
    record LoopbackOnly(Protocol protocol, int port, String container, int containerPort) {

        boolean matches(Packet p) {
            return p.protocol() == protocol && p.destinationPort() == port;
        }
    }

    /**
     * A load balancer's forwarding: its address and port to one of the nodes' NodePort, chosen with the seed.
     */
    record Balance(Protocol protocol, Ipv4 address, int port, java.util.List<Ipv4> nodes, java.util.List<String> names,
                   int nodePort, String service) {

        boolean matches(Packet p) {
            return p.protocol() == protocol && p.destination().bits() == address.bits() && p.destinationPort() == port;
        }
    }
}
