package vnetlab.lessons.chapter3;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Layers;

/** 3.2: a VM "node" on vm-host with a container "web" inside it, sharing the guest kernel. */
public final class ContainerInVm implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Containers vs VMs");
        var node = Find.vm(review, lab, "node");
        review.that(node.host().name().equals("vm-host"), "node is a VM on vm-host",
                "node runs on " + node.host().name() + ", not on vm-host");
        var layers = node.host().layers();
        String web = Layers.kernelOf(layers, "web").orElse("");
        if (web.isEmpty()) {
            review.wrong("no container named web runs on " + node.host().name() + "; start it inside the VM with node.docker().run(\"web\", \"nginx\")");
        } else {
            review.that(web.equals("node"), "web shares the guest kernel of node",
                    "web shares " + (web.equals("the host kernel") ? "the kernel of " + node.host().name() : "the kernel of VM " + web)
                            + ", not the guest kernel of node");
        }
        return review.feedback();
    }
}
