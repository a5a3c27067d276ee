package vnetlab.lessons.chapter7;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 7.1: alice reaches container "wiki" at docker1, port 8080. */
public final class OfficeWiki implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Company");
        var wiki = Find.container(review, lab, "wiki");
        var trace = lab.trace(Find.endpoint(review, lab, "alice"), Find.endpoint(review, lab, "docker1"), 8080);
        review.require(Traces.reached(trace, wiki), "alice opens the wiki at docker1:8080",
                "alice cannot open docker1 on port 8080: " + Traces.why(trace));
        return review.that(Traces.arrivalPort(trace) == 80, "it arrives at wiki on port 80",
                "the connection reaches wiki on port " + Traces.arrivalPort(trace) + ", but mediawiki listens on port 80").feedback();
    }
}
