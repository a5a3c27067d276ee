package vnetlab.lessons.chapter5;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 5.2: deployment "api" exposed with NodePort 30443 that the laptop reaches through any node. */
public final class ApiNodePort implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Kubernetes ingress");
        var k8s = Find.cluster(review, lab, "shop");
        var api = review.require(k8s.deployments().stream().filter(d -> d.name().equals("api")).findFirst(),
                "cluster shop has no deployment named api yet: k8s.deployment(\"api\", \"api:3.0\")");
        var laptop = Find.endpoint(review, lab, "laptop");
        for (var node : k8s.nodes()) {
            var trace = lab.trace(laptop, node, 30443);
            review.that(Traces.reachedAny(trace, api.pods()), "laptop reaches an api pod through " + node.name() + ":30443",
                    "laptop cannot open an api pod through " + node.name() + ":30443: " + Traces.why(trace));
        }
        return review.feedback();
    }
}
