package vnetlab.lessons.chapter4;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 4.1: the phone reaches container "shop" (nginx, port 80) at 192.168.1.2:8081. */
public final class PublishShop implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Docker networking");
        var shop = Find.container(review, lab, "shop");
        var phone = Find.endpoint(review, lab, "phone");
        var host = Find.endpoint(review, lab, "docker-host");
        var trace = lab.trace(phone, host, 8081);
        review.require(Traces.reached(trace, shop), "192.168.1.2:8081 leads to shop",
                "the phone cannot open shop through 192.168.1.2:8081: " + Traces.why(trace));
        int port = Traces.arrivalPort(trace);
        return review.that(port == 80, "it arrives at shop " + trace.last().after().destination() + " on port 80, where nginx listens",
                "the connection reaches shop on port " + port + ", but nginx listens on port 80").feedback();
    }
}
