package vnetlab.lessons.chapter3;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Layers;

/** 3.1: host "mixed" runs a VM "legacy" and, directly on its own kernel, a container "cache". */
public final class MixedHost implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Containers vs VMs");
        var mixed = Find.host(review, lab, "mixed");
        var layers = mixed.layers();
        String legacy = Layers.kernelOf(layers, "legacy").orElse("");
        review.that(legacy.equals("its own kernel"), "legacy is a VM on mixed, with its own guest kernel",
                "mixed runs no VM named legacy; create it with mixed.hypervisor(KVM).vm(\"legacy\")");
        String cache = Layers.kernelOf(layers, "cache").orElse("");
        if (cache.isEmpty()) {
            review.wrong("mixed runs no container named cache; start it with mixed.docker().run(\"cache\", \"redis\")");
        } else {
            review.that(cache.equals("the host kernel"), "cache shares the host kernel of mixed",
                    "cache shares the kernel of VM " + cache + ", not the kernel of mixed");
        }
        return review.feedback();
    }
}
