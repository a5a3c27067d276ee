package vnetlab.lessons.chapter5;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 5.2: deployment "api" (2 replicas, port 8443) behind a Service on 443 with NodePort 30443, reached through any node. */
public final class ApiNodePort implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Kubernetes ingress");
        var k8s = Find.cluster(review, lab, "shop");
        var api = review.require(k8s.deployments().stream().filter(d -> d.name().equals("api")).findFirst(),
                "cluster shop has no deployment named api yet: k8s.deployment(\"api\", \"api:3.0\")");
        review.that(api.replicas() == 2, "api runs 2 replicas", "api runs " + api.replicas() + " replica(s), not 2");
        var svc = review.require(k8s.services().stream()
                        .filter(s -> s.endpoints().stream().anyMatch(p -> api.pods().contains(p)))
                        .sorted(java.util.Comparator.comparing(s -> !s.nodePortNumber().equals(java.util.Optional.of(30443))))
                        .findFirst(),
                "no Service selects the api pods yet: api.expose(443).nodePort(30443)");
        review.that(svc.port() == 443, "Service " + svc.name() + " listens on port 443",
                "Service " + svc.name() + " listens on port " + svc.port() + ", not 443");
        var laptop = Find.endpoint(review, lab, "laptop");
        for (var node : k8s.nodes()) {
            var trace = lab.trace(laptop, node, 30443);
            if (!Traces.reachedAny(trace, api.pods())) {
                review.wrong("laptop cannot open an api pod through " + node.name() + ":30443: " + Traces.why(trace));
                continue;
            }
            int port = Traces.arrivalPort(trace);
            review.that(port == 8443, "laptop reaches an api pod on port 8443 through " + node.name() + ":30443",
                    "the connection through " + node.name() + ":30443 reaches an api pod on port " + port
                            + ", but the api listens on 8443");
        }
        return review.feedback();
    }
}
