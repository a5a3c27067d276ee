package vnetlab.model;

/** What a hypervisor's virtual network lets its VMs reach. */
public enum VirtualNetworkKind {
    /** Host and VMs only (VirtualBox vboxnet0, VMware VMnet1, a libvirt network without forward). */
    HOST_ONLY,
    /** VMs share a NAT to the outside (VMware VMnet8, libvirt virbr0). */
    NAT,
    /** VirtualBox's NAT Network: VMs share one NAT engine and see each other. */
    NAT_NETWORK
}
