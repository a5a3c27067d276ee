package vnetlab.lessons.chapter1;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/**
 * 1.1: after esx1 failed, a VM "cache" on the host that now runs app and db, reached by client and app on 6379.
 *
 * <p>A failed host runs nothing: the model still lets a hypervisor on a failed host create a VM (and the simulator
 * delivers to it), so this check judges the host itself and rejects a VM left on a failed one.
 */
public final class ThirdVm implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Hypervisor basics");
        var cache = Find.vm(review, lab, "cache");
        var app = Find.vm(review, lab, "app");
        var host = cache.host();
        review.require(!host.failed(), "cache runs on " + host.name() + ", a host that is up",
                "cache runs on " + host.name() + ", which has failed: a failed host runs nothing; create cache with the"
                        + " hypervisor of " + app.host().name() + ", the host that now runs app and db");
        review.that(host.equals(app.host()), "cache runs on " + host.name() + ", next to app and db",
                "cache runs on " + host.name() + ", but app and db now run on " + app.host().name());
        for (String from : new String[] {"client", "app"}) {
            var trace = lab.trace(Find.endpoint(review, lab, from), cache, 6379);
            review.that(Traces.reached(trace, cache), from + " opens cache on port 6379",
                    from + " cannot open cache on port 6379: " + Traces.why(trace));
        }
        return review.feedback();
    }
}
