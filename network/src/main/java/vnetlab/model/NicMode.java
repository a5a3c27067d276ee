package vnetlab.model;

/**
 * How a VM's network card is wired by its hypervisor.
 *
 * <pre>{@code
 * vbox.vm("web").bridged()   // BRIDGED
 * vbox.vm("dev").nat()       // NAT
 * }</pre>
 */
public enum NicMode {
    /** Behind the hypervisor's NAT: out through the host's address, in only through port forwarding. */
    NAT("NAT"),
    /** VirtualBox "NAT Network": one NAT shared by several VMs, which can talk to each other. */
    NAT_NETWORK("NAT Network"),
    /** Another device on the host's physical LAN, with its own MAC and an address from the LAN's DHCP. */
    BRIDGED("bridged"),
    /** On a private network with the host only: no way out. */
    HOST_ONLY("host-only");

    private final String label;

    NicMode(String label) {
        this.label = label;
    }

    /** The hypervisor GUI's word for it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
