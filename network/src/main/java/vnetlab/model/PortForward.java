package vnetlab.model;

/**
 * A hypervisor NAT port-forwarding rule: connections to the host's port reach a VM's port
 * (VirtualBox {@code --natpf1 "guestssh,tcp,,2222,,22"}).
 *
 * <pre>{@code
 * vbox.forward(2222, dev, 22)   // guestssh-style rule tcp 0.0.0.0:2222 → dev 10.0.2.15:22
 * }</pre>
 *
 * @param name      the rule's name, e.g. {@code tcp-2222}
 * @param protocol  tcp or udp
 * @param hostIp    the host address it listens on; 0.0.0.0 for all
 * @param hostPort  the host's port
 * @param vm        the VM's name
 * @param nic       the VM's NIC number (1 = first)
 * @param guestIp   the VM's address behind the NAT
 * @param guestPort the VM's port
 */
public record PortForward(String name, Protocol protocol, Ipv4 hostIp, int hostPort, String vm, int nic, Ipv4 guestIp,
        int guestPort) {

    /** The VirtualBox notation, e.g. {@code tcp-2222,tcp,,2222,10.0.2.15,22}. */
    public String natpf() {
        return name + "," + protocol + "," + (hostIp.equals(Ipv4.ANY) ? "" : hostIp) + "," + hostPort + "," + guestIp + "," + guestPort;
    }

    /** {@code tcp 0.0.0.0:2222 → dev 10.0.2.15:22}. */
    @Override
    public String toString() {
        return protocol + " " + hostIp + ":" + hostPort + " → " + vm + " " + guestIp + ":" + guestPort;
    }
}
