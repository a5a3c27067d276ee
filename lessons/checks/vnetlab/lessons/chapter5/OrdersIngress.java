package vnetlab.lessons.chapter5;

import vnetlab.Net;
import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 5.3: /orders on shop.example.com reaches an orders pod through the ingress; /cart still reaches shop. */
public final class OrdersIngress implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Kubernetes ingress");
        var k8s = Find.cluster(review, lab, "shop");
        var orders = review.require(k8s.deployments().stream().filter(d -> d.name().equals("orders")).findFirst(),
                "cluster shop has no deployment named orders yet: k8s.deployment(\"orders\", \"orders:1.0\")");
        var shop = review.require(k8s.deployments().stream().filter(d -> d.name().equals("shop")).findFirst(),
                "cluster shop has no deployment named shop: run the cells above");
        var toOrders = lab.trace(Net.INTERNET, "http://shop.example.com/orders/42");
        review.that(Traces.reachedAny(toOrders, orders.pods()), "http://shop.example.com/orders/42 reaches an orders pod",
                "http://shop.example.com/orders/42 does not reach an orders pod: " + Traces.why(toOrders)
                        + (toOrders.delivered() ? " (it reaches " + Traces.arrivedAt(toOrders) + ")" : ""));
        var toCart = lab.trace(Net.INTERNET, "http://shop.example.com/cart");
        return review.that(Traces.reachedAny(toCart, shop.pods()), "http://shop.example.com/cart still reaches a shop pod",
                "http://shop.example.com/cart no longer reaches a shop pod: " + Traces.why(toCart)).feedback();
    }
}
