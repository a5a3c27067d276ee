package vnetlab.lessons.chapter1;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 1.3: lab "Spread": n1 and n2 in cluster "pair", front on n1, back on n2, front reaches back on 8080 across the LAN. */
public final class Spread implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Spread");
        var pair = lab.topology().hypervisorClusters().stream().filter(c -> c.name().equals("pair")).findFirst();
        var members = pair.map(c -> c.members().stream().map(h -> h.host().name()).sorted().toList()).orElse(java.util.List.of());
        if (pair.isEmpty()) {
            review.wrong("lab \"Spread\" has no cluster named \"pair\" yet: group the hypervisors of n1 and n2 with"
                    + " lab.hypervisorCluster(\"pair\").add(...).add(...)");
        } else {
            review.that(members.contains("n1") && members.contains("n2"), "the cluster pair holds n1 and n2",
                    "the cluster pair holds " + members + ", not both n1 and n2");
        }
        var front = Find.vm(review, lab, "front");
        var back = Find.vm(review, lab, "back");
        review.that(front.host().name().equals("n1"), "front runs on n1", "front runs on " + front.host().name() + ", not on n1");
        review.that(back.host().name().equals("n2"), "back runs on n2", "back runs on " + back.host().name() + ", not on n2");
        var trace = lab.trace(front, back, 8080);
        return review.that(Traces.reached(trace, back), "front opens back on port 8080 (" + trace.hops().size() + " hops)",
                "front cannot open back on port 8080: " + Traces.why(trace)).feedback();
    }
}
