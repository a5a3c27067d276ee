package vnetlab.lessons.chapter5;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.model.Cidr;
import vnetlab.model.Cni;

/** 5.4: lab "Company cluster": Cilium cluster "platform" whose pod and service ranges stay out of 10.0.0.0/8. */
public final class CompanyAddressPlan implements Check {
    private static final Cidr COMPANY = Cidr.parse("10.0.0.0/8");

    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Company cluster");
        var k8s = Find.cluster(review, lab, "platform");
        review.that(k8s.nodes().size() == 3, "platform has 3 nodes", "platform has " + k8s.nodes().size() + " nodes, not 3");
        review.that(k8s.cni() == Cni.CILIUM, "platform uses Cilium", "platform uses " + k8s.cni() + ", not Cilium");
        Cidr pods = k8s.podRange().orElse(k8s.nodeRange());
        review.that(!pods.overlaps(COMPANY), "the pod range " + pods + " stays out of 10.0.0.0/8",
                "the pod range " + pods + " overlaps 10.0.0.0/8");
        review.that(!k8s.serviceRange().overlaps(COMPANY), "the service range " + k8s.serviceRange() + " stays out of 10.0.0.0/8",
                "the service range " + k8s.serviceRange() + " overlaps 10.0.0.0/8");
        review.that(k8s.mustReachRanges().stream().anyMatch(r -> r.contains(COMPANY) || COMPANY.contains(r)),
                "the cluster knows it must reach 10.0.0.0/8",
                "the cluster was not told it must reach 10.0.0.0/8: add mustReach(\"10.0.0.0/8\")");
        var plan = k8s.addressPlan();
        return review.that(plan.ok(), "the address plan finds no overlap", "the address plan finds overlaps: " + plan.overlaps())
                .feedback();
    }
}
