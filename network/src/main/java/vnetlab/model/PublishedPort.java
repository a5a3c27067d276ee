package vnetlab.model;

/**
 * A container port published on the host ({@code docker run -p 8080:80}): connections to the host port reach the
 * container port.
 *
 * <pre>{@code
 * docker.run("web", "nginx").publish(8080, 80)                 // 0.0.0.0:8080->80/tcp
 * docker.run("dns", "coredns").publish(5353, 53, Protocol.UDP)  // 0.0.0.0:5353->53/udp
 * }</pre>
 *
 * @param hostIp        the host address it listens on; 0.0.0.0 for all of them
 * @param hostPort      the host's port
 * @param containerPort the container's port
 * @param protocol      tcp or udp
 */
public record PublishedPort(Ipv4 hostIp, int hostPort, int containerPort, Protocol protocol) {

    /** Checks the ports and protocol. */
    public PublishedPort {
        Port.check(hostPort, "host port");
        Port.check(containerPort, "container port");
        if (protocol == Protocol.ICMP || protocol == null) {
            throw new IllegalArgumentException("a published port needs tcp or udp, not " + protocol);
        }
        if (hostIp == null) {
            hostIp = Ipv4.ANY;
        }
    }

    /** Whether this and the other would listen on the same host socket. */
    public boolean clashesWith(Ipv4 ip, int port, Protocol proto) {
        return hostPort == port && protocol == proto && (hostIp.equals(ip) || hostIp.equals(Ipv4.ANY) || ip.equals(Ipv4.ANY));
    }

    /** As {@code docker ps} shows it: {@code 0.0.0.0:8080->80/tcp}. */
    @Override
    public String toString() {
        return hostIp + ":" + hostPort + "->" + containerPort + "/" + protocol;
    }
}
