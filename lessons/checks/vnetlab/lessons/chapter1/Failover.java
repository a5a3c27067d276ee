package vnetlab.lessons.chapter1;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 1.2: lab "Failover": cluster "ha" of h1 and h2, h1 failed, payroll now on h2 and still reachable from user. */
public final class Failover implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Failover");
        var cluster = review.require(lab.topology().hypervisorClusters().stream()
                        .filter(c -> c.name().equals("ha")).findFirst(),
                "lab \"Failover\" has no cluster named \"ha\" yet: lab.hypervisorCluster(\"ha\").add(...)");
        var members = cluster.members().stream().map(h -> h.host().name()).sorted().toList();
        review.require(members.contains("h1") && members.contains("h2"), "the cluster ha holds h1 and h2",
                "the cluster ha holds " + members + "; add the hypervisors of both h1 and h2");
        var h1 = Find.host(review, lab, "h1");
        review.require(h1.failed(), "h1 has failed", "h1 has not failed yet: call fail(h1) on the cluster");
        var payroll = Find.vm(review, lab, "payroll");
        review.that(payroll.host().name().equals("h2"), "payroll moved to h2, keeping its address " + payroll.address(),
                "payroll runs on " + payroll.host().name() + ", not on h2");
        var trace = lab.trace(Find.endpoint(review, lab, "user"), payroll, 443);
        return review.that(Traces.reached(trace, payroll), "user still opens payroll on port 443",
                "user cannot open payroll on port 443 after the failure: " + Traces.why(trace)).feedback();
    }
}
