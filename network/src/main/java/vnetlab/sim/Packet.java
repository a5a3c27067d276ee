package vnetlab.sim;

import java.util.Objects;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

/**
 * One packet of a connection as a device sees it: protocol, source and destination address and port.
 *
 * <p>Ports are 0 for ICMP. A trace shows the packet before and after every device, so a rewrite (DNAT, SNAT,
 * MASQUERADE) is the difference between the two.
 *
 * <pre>{@code
 * var p = Packet.tcp(Ipv4.parse("192.168.1.20"), 49152, Ipv4.parse("192.168.1.2"), 2222);
 * p            // tcp 192.168.1.20:49152 → 192.168.1.2:2222
 * p.reversed() // tcp 192.168.1.2:2222 → 192.168.1.20:49152
 * }</pre>
 */
public record Packet(Protocol protocol, Ipv4 source, int sourcePort, Ipv4 destination, int destinationPort) {

    public Packet {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (protocol == Protocol.ICMP) {
            sourcePort = 0;
            destinationPort = 0;
        }
    }

    /** A TCP packet. */
    public static Packet tcp(Ipv4 source, int sourcePort, Ipv4 destination, int destinationPort) {
        return new Packet(Protocol.TCP, source, sourcePort, destination, destinationPort);
    }

    /** The same packet with a new source (SNAT, MASQUERADE). */
    public Packet withSource(Ipv4 address, int port) {
        return new Packet(protocol, address, port, destination, destinationPort);
    }

    /** The same packet with a new destination (DNAT). */
    public Packet withDestination(Ipv4 address, int port) {
        return new Packet(protocol, source, sourcePort, address, port);
    }

    /** The packet going the other way, as the reply of this connection. */
    public Packet reversed() {
        return new Packet(protocol, destination, destinationPort, source, sourcePort);
    }

    /** The source as {@code ip:port} (just the address for ICMP). */
    public String from() {
        return endpoint(source, sourcePort);
    }

    /** The destination as {@code ip:port} (just the address for ICMP). */
    public String to() {
        return endpoint(destination, destinationPort);
    }

    private String endpoint(Ipv4 ip, int port) {
        return protocol == Protocol.ICMP ? ip.toString() : ip + ":" + port;
    }

    @Override
    public String toString() {
        return protocol + " " + from() + " → " + to();
    }
}
