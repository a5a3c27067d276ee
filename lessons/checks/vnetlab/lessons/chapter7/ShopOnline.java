package vnetlab.lessons.chapter7;

import vnetlab.Net;
import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 7.2: http://shop.example.com/ from the internet reaches a pod of deployment "shop" in "prod" through ingress "public". */
public final class ShopOnline implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Company");
        var k8s = Find.cluster(review, lab, "prod");
        var shop = review.require(k8s.deployments().stream().filter(d -> d.name().equals("shop")).findFirst(),
                "cluster prod has no deployment named shop yet: k8s.deployment(\"shop\", \"shop:1.4\")");
        review.that(shop.replicas() == 3, "shop runs 3 replicas", "shop runs " + shop.replicas() + " replica(s), not 3");
        review.that(shop.port() == 8080, "the shop pods listen on port 8080",
                "the shop pods listen on port " + shop.port() + ", but the shop listens on 8080");
        var trace = lab.trace(Net.INTERNET, "http://shop.example.com/");
        review.require(Traces.reachedAny(trace, shop.pods()),
                "http://shop.example.com/ reaches a shop pod in " + trace.hops().size() + " hops",
                "http://shop.example.com/ does not reach a shop pod: " + Traces.why(trace));
        boolean hasPublic = k8s.ingresses().stream().anyMatch(i -> i.name().equals("public") && !i.rules().isEmpty());
        var controllerPods = k8s.installedIngressController().map(c -> c.deployment().pods()).orElse(java.util.List.of());
        return review.that(hasPublic && Traces.passedThrough(trace, controllerPods),
                "the request goes through the ingress public",
                "the request reaches the shop pods without the ingress public (the exercise asks for it):"
                        + " add a rule with k8s.ingress(\"public\").rule(\"shop.example.com\", \"/\", service)").feedback();
    }
}
