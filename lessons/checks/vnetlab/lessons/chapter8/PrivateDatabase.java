package vnetlab.lessons.chapter8;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 8.2: on server, api reaches db by name on 5432; web cannot even resolve db. */
public final class PrivateDatabase implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Your own app");
        var api = ComposeFind.service(review, lab, "server", "shop2", "api");
        var web = ComposeFind.service(review, lab, "server", "shop2", "web");
        var db = ComposeFind.service(review, lab, "server", "shop2", "db");
        var fromApi = lab.trace(api, "db", 5432);
        review.require(Traces.reached(fromApi, db), "api reaches db by its name on port 5432",
                "api cannot reach db:5432: " + Traces.why(fromApi));
        var fromWeb = lab.trace(web, "db", 5432);
        return review.that(!fromWeb.delivered(), "web cannot reach db: " + Traces.why(fromWeb),
                "web still reaches db: put db on a network web is not on").feedback();
    }
}
