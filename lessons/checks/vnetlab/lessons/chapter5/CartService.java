package vnetlab.lessons.chapter5;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 5.1: deployment "cart" (pods on 9090) behind a ClusterIP Service on port 80 that a tools pod reaches. */
public final class CartService implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Kubernetes ingress");
        var k8s = Find.cluster(review, lab, "shop");
        var cart = review.require(k8s.deployments().stream().filter(d -> d.name().equals("cart")).findFirst(),
                "cluster shop has no deployment named cart yet: k8s.deployment(\"cart\", \"cart:2.1\")");
        review.that(cart.replicas() == 2, "cart runs 2 replicas", "cart runs " + cart.replicas() + " replica(s), not 2");
        review.that(cart.port() == 9090, "the cart pods listen on port 9090",
                "the cart pods listen on port " + cart.port() + ", but the cart app listens on 9090");
        var svc = review.require(k8s.services().stream().filter(s -> s.endpoints().stream().anyMatch(p -> cart.pods().contains(p)))
                        .findFirst(), "no Service selects the cart pods yet: cart.expose(80)");
        review.that(svc.port() == 80, "Service " + svc.name() + " listens on port 80 at " + svc.clusterIp(),
                "Service " + svc.name() + " listens on port " + svc.port() + ", not 80");
        var tools = review.require(k8s.deployments().stream().filter(d -> d.name().equals("tools")).findFirst()
                .flatMap(d -> d.pods().stream().findFirst()), "there is no tools pod to test from: run the cells above");
        var trace = lab.trace(tools, svc, 80);
        return review.that(Traces.reachedAny(trace, cart.pods()),
                "a tools pod reaches a cart pod through " + svc.clusterIp() + ":80",
                "a tools pod cannot open a cart pod through the Service: " + Traces.why(trace)).feedback();
    }
}
