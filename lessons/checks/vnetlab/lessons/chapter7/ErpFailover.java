package vnetlab.lessons.chapter7;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 7.3: VM "erp" of the cluster "vms" survives the failure of esx1 and alice still reaches it on port 443. */
public final class ErpFailover implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Company");
        var erp = Find.vm(review, lab, "erp");
        var esx1 = Find.host(review, lab, "esx1");
        var vms = lab.topology().hypervisorClusters().stream().filter(c -> c.name().equals("vms")).findFirst();
        boolean inCluster = vms.map(c -> c.members().contains(erp.hypervisor())).orElse(false);
        review.that(inCluster, "erp runs in the cluster vms",
                "erp runs on " + erp.host().name() + ", which is not in the cluster vms: create it on esx1's hypervisor");
        review.require(esx1.failed(), "esx1 has failed", "esx1 has not failed yet: call vmCluster.fail(esx1)");
        review.that(!erp.host().failed(), "erp now runs on " + erp.host().name(),
                "erp is still on the failed host " + erp.host().name() + "; is esx1 in the cluster with esx2?");
        var trace = lab.trace(Find.endpoint(review, lab, "alice"), erp, 443);
        return review.that(Traces.reached(trace, erp), "alice still opens erp on port 443",
                "alice cannot open erp on port 443: " + Traces.why(trace)).feedback();
    }
}
