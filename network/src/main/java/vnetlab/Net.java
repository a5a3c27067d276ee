package vnetlab;

import java.util.List;

import vnetlab.model.ClusterFlavour;
import vnetlab.model.Cni;
import vnetlab.model.HypervisorKind;
import vnetlab.model.Internet;
import vnetlab.model.PathType;
import vnetlab.model.Protocol;

/**
 * The one static entry to vnetlab: labs by name, and the constants cells use (hypervisors, CNIs, INTERNET).
 *
 * <p>Labs belong to the kernel session (its {@link vnetlab.model.Workspace}), not to this class: two sessions in one
 * JVM never see each other's labs.
 *
 * <pre>{@code
 * var lab = Net.lab("Bridged vs NAT");          // works; running the cell again returns the same lab
 * var vbox = laptop.hypervisor(VIRTUALBOX);
 * dc.kubernetes("shop", 3).cni(FLANNEL);
 * lab.trace(dev, INTERNET, 443);
 * }</pre>
 */
public final class Net {
    /** Oracle VirtualBox. */
    public static final HypervisorKind VIRTUALBOX = HypervisorKind.VIRTUALBOX;
    /** VMware Workstation. */
    public static final HypervisorKind VMWARE = HypervisorKind.VMWARE;
    /** KVM with libvirt. */
    public static final HypervisorKind KVM = HypervisorKind.KVM;

    /** Flannel: VXLAN overlay, pods 10.244.0.0/16. */
    public static final Cni FLANNEL = Cni.FLANNEL;
    /** Calico: BGP routing, pods 192.168.0.0/16. */
    public static final Cni CALICO = Cni.CALICO;
    /** Cilium: eBPF, pods 10.0.0.0/8. */
    public static final Cni CILIUM = Cni.CILIUM;
    /** AWS VPC CNI: pods on the node subnet. */
    public static final Cni AWS_VPC = Cni.AWS_VPC;
    /** kind's kindnet. */
    public static final Cni KINDNET = Cni.KINDNET;

    /** A kubeadm cluster. */
    public static final ClusterFlavour KUBEADM = ClusterFlavour.KUBEADM;
    /** A kind cluster (nodes are Docker containers). */
    public static final ClusterFlavour KIND = ClusterFlavour.KIND;
    /** A minikube cluster (docker driver). */
    public static final ClusterFlavour MINIKUBE = ClusterFlavour.MINIKUBE;

    /** The public internet: a server out there, or a client out there. */
    public static final Internet INTERNET = Internet.INTERNET;

    /** tcp. */
    public static final Protocol TCP = Protocol.TCP;
    /** udp. */
    public static final Protocol UDP = Protocol.UDP;
    /** icmp (ping). */
    public static final Protocol ICMP = Protocol.ICMP;

    /** Ingress path type Exact. */
    public static final PathType EXACT = PathType.EXACT;
    /** Ingress path type Prefix. */
    public static final PathType PREFIX = PathType.PREFIX;

    private Net() {
    }

    /**
     * Creates or returns the lab of this name in this kernel session; re-running the cell is harmless.
     *
     * <pre>{@code
     * var lab = Net.lab("Bridged vs NAT");   // works
     * Net.lab("")                            // fails: a lab needs a name
     * }</pre>
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static Lab lab(String name) {
        return Labs.ofSession().lab(name);
    }

    /**
     * Starts the lab of this name afresh, forgetting what an earlier one of that name held.
     *
     * <pre>{@code
     * var lab = Net.newLab("Docker networking");
     * }</pre>
     */
    public static Lab newLab(String name) {
        return Labs.ofSession().newLab(name);
    }

    /** The labs of this session, in creation order (exercise checks use it to find the learner's objects). */
    public static List<Lab> labs() {
        return Labs.ofSession().all();
    }

    /**
     * Rebuilds a lab from a lab file written by {@code lab.save(path)}; it replaces a lab of the same name in this session.
     *
     * <pre>{@code
     * var lab = Net.load("home.json");   // works
     * Net.load("nope.json")              // fails: there is no file nope.json
     * }</pre>
     *
     * @throws IllegalArgumentException naming the file, step and field when the file is missing, malformed, from a newer
     *                                  vnetlab or describes an impossible lab; no lab is changed then
     */
    public static Lab load(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Net.load needs a file name, e.g. Net.load(\"home.json\")");
        }
        Lab lab = new Lab(vnetlab.model.LabFile.load(java.nio.file.Path.of(path)));
        register(lab);
        return lab;
    }

    /** Forgets every lab of this session (the kernel's restart, and tests). */
    public static void forgetLabs() {
        Labs.ofSession().forget();
    }

    static void register(Lab lab) {
        Labs.ofSession().register(lab);
    }
}
