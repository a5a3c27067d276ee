package vnetlab.lessons.chapter5;

import vnetlab.Net;
import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/**
 * 5.3: every path under /orders on shop.example.com reaches an orders pod through the ingress; /cart still reaches
 * shop. Several order paths are tried, so a rule that matches only one of them (an Exact rule) does not pass.
 */
public final class OrdersIngress implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Kubernetes ingress");
        var k8s = Find.cluster(review, lab, "shop");
        var orders = review.require(k8s.deployments().stream().filter(d -> d.name().equals("orders")).findFirst(),
                "cluster shop has no deployment named orders yet: k8s.deployment(\"orders\", \"orders:1.0\")");
        var shop = review.require(k8s.deployments().stream().filter(d -> d.name().equals("shop")).findFirst(),
                "cluster shop has no deployment named shop: run the cells above");
        review.that(orders.port() == 7000, "the orders pods listen on port 7000",
                "the orders pods listen on port " + orders.port() + ", but the orders app listens on 7000");
        var svc = k8s.services().stream().filter(s -> s.endpoints().stream().anyMatch(p -> orders.pods().contains(p))).findFirst();
        review.that(svc.isPresent() && svc.get().port() == 80, "a Service on port 80 selects the orders pods",
                svc.map(s -> "Service " + s.name() + " listens on port " + s.port() + ", not 80")
                        .orElse("no Service selects the orders pods yet: orders.expose(80)"));
        for (String path : java.util.List.of("/orders/42", "/orders", "/orders/7/items")) {
            String url = "http://shop.example.com" + path;
            var trace = lab.trace(Net.INTERNET, url);
            review.that(Traces.reachedAny(trace, orders.pods()), url + " reaches an orders pod",
                    url + " does not reach an orders pod: " + Traces.why(trace));
        }
        var toCart = lab.trace(Net.INTERNET, "http://shop.example.com/cart");
        return review.that(Traces.reachedAny(toCart, shop.pods()), "http://shop.example.com/cart still reaches a shop pod",
                "http://shop.example.com/cart no longer reaches a shop pod: " + Traces.why(toCart)).feedback();
    }
}
