package vnetlab.lessons.chapter4;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 4.3: api reaches container "store" on 6379, web does not, and store publishes nothing. */
public final class IsolatedStore implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Docker networking");
        var store = Find.container(review, lab, "store");
        review.that(store.published().isEmpty(), "store publishes no port",
                "store publishes " + store.published() + "; the exercise asks for no published port");
        var fromApi = lab.trace(Find.container(review, lab, "api"), store, 6379);
        review.that(Traces.reached(fromApi, store), "api opens store on port 6379",
                "api cannot open store on port 6379: " + Traces.why(fromApi));
        var fromWeb = lab.trace(Find.container(review, lab, "web"), store, 6379);
        return review.that(!fromWeb.delivered(), "web cannot reach store (" + Traces.why(fromWeb) + ")",
                "web can open store on port 6379: they share a network").feedback();
    }
}
