package vnetlab.lessons.chapter1;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 1.3: lab "Spread": front on n1, back on n2, front reaches back on port 8080 across the LAN. */
public final class Spread implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Spread");
        var front = Find.vm(review, lab, "front");
        var back = Find.vm(review, lab, "back");
        review.that(front.host().name().equals("n1"), "front runs on n1", "front runs on " + front.host().name() + ", not on n1");
        review.that(back.host().name().equals("n2"), "back runs on n2", "back runs on " + back.host().name() + ", not on n2");
        var trace = lab.trace(front, back, 8080);
        return review.that(Traces.reached(trace, back), "front opens back on port 8080 (" + trace.hops().size() + " hops)",
                "front cannot open back on port 8080: " + Traces.why(trace)).feedback();
    }
}
