package vnetlab.lessons.chapter8;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 8.1: phone opens the shop's web service at laptop:8080, and it arrives on the container's port 80. */
public final class PublishTheShop implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Your own app");
        var web = ComposeFind.service(review, lab, "laptop", "shop", "web");
        var trace = lab.trace(Find.endpoint(review, lab, "phone"), Find.endpoint(review, lab, "laptop"), 8080);
        review.require(Traces.reached(trace, web), "phone opens the shop at laptop:8080",
                "phone cannot open laptop on port 8080: " + Traces.why(trace));
        return review.that(Traces.arrivalPort(trace) == 80, "it arrives at " + web.name() + " on port 80",
                "the connection reaches " + web.name() + " on port " + Traces.arrivalPort(trace)
                        + ", but nginx listens on port 80").feedback();
    }
}
