package vnetlab.lessons.chapter4;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 4.2: api opens container "db" by its name on port 5432. */
public final class DatabaseByName implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Docker networking");
        var db = Find.container(review, lab, "db");
        var api = Find.container(review, lab, "api");
        var trace = lab.trace(api, "db", 5432);
        return review.that(Traces.reached(trace, db), "api opens db by name on port 5432",
                "api cannot open db on port 5432: " + Traces.why(trace)).feedback();
    }
}
