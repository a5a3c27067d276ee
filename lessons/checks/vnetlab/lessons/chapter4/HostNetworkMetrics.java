package vnetlab.lessons.chapter4;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 4.4: the phone reaches container "metrics" at 192.168.1.2:9100 with no translation on the way. */
public final class HostNetworkMetrics implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Docker networking");
        var metrics = Find.container(review, lab, "metrics");
        var trace = lab.trace(Find.endpoint(review, lab, "phone"), Find.endpoint(review, lab, "docker-host"), 9100);
        review.require(trace.delivered(), "the phone opens 192.168.1.2:9100",
                "the phone cannot open 192.168.1.2:9100: " + Traces.why(trace));
        review.that(!Traces.translated(trace), "no hop translates the connection",
                "the connection is translated on the way (" + trace.hops().stream().filter(h -> h.rewrote())
                        .map(h -> h.where() + ": " + h.action()).findFirst().orElse("") + "); a published port always means DNAT");
        return review.that(metrics.hostNetworked(), "metrics shares the host's network stack",
                "metrics has its own network namespace, so it is not what answers on 192.168.1.2:9100").feedback();
    }
}
