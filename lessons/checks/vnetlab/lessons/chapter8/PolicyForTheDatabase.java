package vnetlab.lessons.chapter8;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;
import vnetlab.sim.DropReason;

/** 8.3: in cluster prod (Calico), api pods reach db pods on 5432 and web pods are dropped by a NetworkPolicy. */
public final class PolicyForTheDatabase implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Your own app");
        var k8s = Find.cluster(review, lab, "prod");
        var db = ComposeFind.pod(review, lab, "prod", "shop", "db");
        var api = ComposeFind.pod(review, lab, "prod", "shop", "api");
        var web = ComposeFind.pod(review, lab, "prod", "shop", "web");
        review.require(!k8s.networkPolicies().isEmpty(), "the cluster has " + k8s.networkPolicies().size()
                + " NetworkPolicy", "the cluster has no NetworkPolicy yet: k8s.apply(\"kind: NetworkPolicy ...\")");
        var fromApi = lab.trace(api, db, 5432);
        review.require(fromApi.delivered(), "api reaches db on 5432", "api can no longer reach db: " + Traces.why(fromApi));
        var fromWeb = lab.trace(web, db, 5432);
        return review.that(fromWeb.dropReason().filter(r -> r == DropReason.NETWORK_POLICY).isPresent(),
                "web is dropped by the policy", "web still reaches db on 5432: select the db pods and allow only the api pods")
                .feedback();
    }
}
