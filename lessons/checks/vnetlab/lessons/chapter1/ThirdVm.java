package vnetlab.lessons.chapter1;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 1.1: a VM "cache" on esx1 that client and app both reach on port 6379. */
public final class ThirdVm implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Hypervisor basics");
        var cache = Find.vm(review, lab, "cache");
        review.that(cache.host().name().equals("esx1"), "cache runs on esx1",
                "cache runs on " + cache.host().name() + ", not on esx1");
        for (String from : new String[] {"client", "app"}) {
            var trace = lab.trace(Find.endpoint(review, lab, from), cache, 6379);
            review.that(Traces.reached(trace, cache), from + " opens cache on port 6379",
                    from + " cannot open cache on port 6379: " + Traces.why(trace));
        }
        return review.feedback();
    }
}
