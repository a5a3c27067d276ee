package vnetlab.lessons.chapter6;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 6.3: container "pg" reachable at localhost:5432 on the laptop, and not from the phone through the laptop. */
public final class LoopbackDatabase implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Local development");
        var pg = Find.container(review, lab, "pg");
        var laptop = Find.endpoint(review, lab, "laptop");
        var local = lab.trace(laptop, laptop, 5432);
        review.that(Traces.reached(local, pg), "the laptop opens pg at localhost:5432",
                "the laptop cannot open pg at localhost:5432: " + Traces.why(local));
        var fromPhone = lab.trace(Find.endpoint(review, lab, "phone"), laptop, 5432);
        return review.that(!Traces.reached(fromPhone, pg), "the phone cannot reach pg (" + Traces.why(fromPhone) + ")",
                "the phone can open pg through the laptop's address 5432: the port listens on every address").feedback();
    }
}
