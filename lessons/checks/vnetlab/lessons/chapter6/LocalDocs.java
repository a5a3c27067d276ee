package vnetlab.lessons.chapter6;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 6.1: the laptop's browser reaches container "docs" (nginx, port 80) at localhost:8090. */
public final class LocalDocs implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Local development");
        var docs = Find.container(review, lab, "docs");
        var laptop = Find.endpoint(review, lab, "laptop");
        review.that(docs.engine().desktopHost().isPresent(), "docs runs in Docker Desktop",
                "docs runs on " + docs.engine().machine().name() + "'s own Docker engine, not in Docker Desktop's Linux VM:"
                        + " start it with desktop.run(\"docs\", \"nginx\")");
        var trace = lab.trace(laptop, laptop, 8090);
        review.require(Traces.reached(trace, docs), "localhost:8090 on the laptop leads to docs",
                "the laptop cannot open docs at localhost:8090: " + Traces.why(trace));
        int port = Traces.arrivalPort(trace);
        return review.that(port == 80, "it arrives at docs on port 80, where nginx listens",
                "the connection reaches docs on port " + port + ", but nginx listens on port 80").feedback();
    }
}
