package vnetlab.model;

/**
 * Which hypervisor: each wires NAT, host-only and bridged NICs its own way.
 *
 * <pre>{@code
 * laptop.hypervisor(VIRTUALBOX)   // NAT per NIC 10.0.2.0/24, host-only vboxnet0 192.168.56.0/24
 * laptop.hypervisor(VMWARE)       // VMnet0 bridged, VMnet1 host-only, VMnet8 NAT
 * server.hypervisor(KVM)          // libvirt's virbr0 192.168.122.0/24 with NAT
 * }</pre>
 */
public enum HypervisorKind {
    /** Oracle VirtualBox; VM MACs start 08:00:27 (Oracle's VirtualBox prefix). */
    VIRTUALBOX("VirtualBox", "vbox", 0x080027, 8),
    /** VMware Workstation; VM MACs start 00:0c:29 (VMware's prefix for generated MACs). */
    VMWARE("VMware Workstation", "vmware", 0x000C29, 10),
    /** KVM managed by libvirt; VM MACs start 52:54:00 (QEMU/libvirt's prefix). */
    KVM("KVM (libvirt)", "kvm", 0x525400, 32),
    /**
     * The small Linux VM that Docker Desktop (and Rancher Desktop, Podman Desktop) runs on a laptop to host the Docker
     * engine; made by {@code laptop.dockerDesktop()}. Its MACs start 02:50:00 (a locally administered prefix, vnetlab's pick).
     */
    DOCKER_DESKTOP("Docker Desktop VM", "desktop", 0x025000, 1);

    private final String label;
    private final String shortName;
    private final int oui;
    private final int maxNics;

    HypervisorKind(String label, String shortName, int oui, int maxNics) {
        this.label = label;
        this.shortName = shortName;
        this.oui = oui;
        this.maxNics = maxNics;
    }

    /** The product name, e.g. {@code VirtualBox}. */
    public String label() {
        return label;
    }

    /** The hypervisor's name in a lab, e.g. {@code vbox}. */
    public String shortName() {
        return shortName;
    }

    /** The most NICs a VM can have (VirtualBox: 8 adapters; VMware: 10). */
    public int maxNics() {
        return maxNics;
    }

    int oui() {
        return oui;
    }

    @Override
    public String toString() {
        return label;
    }
}
