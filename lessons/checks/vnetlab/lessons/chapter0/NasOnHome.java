package vnetlab.lessons.chapter0;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 0.1: a host "nas" on the LAN "home" of lab "hello" that the laptop reaches on port 445. */
public final class NasOnHome implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "hello");
        var nas = Find.host(review, lab, "nas");
        var laptop = Find.host(review, lab, "laptop");
        String lan = nas.lan().map(l -> l.name()).orElse("no LAN");
        review.that(lan.equals("home"), "nas is on the LAN home, at " + nas.address(),
                "nas is on LAN " + lan + ", not on home: create it with home.host(\"nas\", address)");
        var trace = lab.trace(laptop, nas, 445);
        return review.that(Traces.reached(trace, nas), "laptop opens nas on port 445",
                "laptop cannot open nas on port 445: " + Traces.why(trace)).feedback();
    }
}
