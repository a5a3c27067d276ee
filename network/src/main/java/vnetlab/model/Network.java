package vnetlab.model;

/**
 * A layer-2 network with an address range: a LAN, a hypervisor's virtual network or a Docker network.
 *
 * <pre>{@code
 * Network n = lab.lan("home", "192.168.1.0/24");
 * n.cidr()      // 192.168.1.0/24
 * n.gateway()   // 192.168.1.1
 * }</pre>
 */
public interface Network {

    /** Its name, e.g. {@code home}, {@code vboxnet0}, {@code docker0}'s network {@code bridge}. */
    String name();

    /** Its address range. */
    Cidr cidr();

    /** The address machines on it send other traffic to. */
    Ipv4 gateway();
}
