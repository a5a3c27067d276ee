package vnetlab.lessons.chapter7;

import vnetlab.Net;
import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 7.2: http://shop.example.com/ from the internet reaches a pod of deployment "shop" in cluster "prod". */
public final class ShopOnline implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Company");
        var k8s = Find.cluster(review, lab, "prod");
        var shop = review.require(k8s.deployments().stream().filter(d -> d.name().equals("shop")).findFirst(),
                "cluster prod has no deployment named shop yet: k8s.deployment(\"shop\", \"shop:1.4\")");
        review.that(shop.replicas() == 3, "shop runs 3 replicas", "shop runs " + shop.replicas() + " replicas, not 3");
        var trace = lab.trace(Net.INTERNET, "http://shop.example.com/");
        return review.that(Traces.reachedAny(trace, shop.pods()),
                "http://shop.example.com/ reaches a shop pod in " + trace.hops().size() + " hops",
                "http://shop.example.com/ does not reach a shop pod: " + Traces.why(trace)).feedback();
    }
}
