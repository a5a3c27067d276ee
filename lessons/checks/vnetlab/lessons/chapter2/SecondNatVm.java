package vnetlab.lessons.chapter2;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 2.4: a NAT VM "ci" whose port 22 the phone reaches at the laptop's port 2223, and not directly. */
public final class SecondNatVm implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Bridged vs NAT");
        var ci = Find.vm(review, lab, "ci");
        var phone = Find.endpoint(review, lab, "phone");
        var laptop = Find.endpoint(review, lab, "laptop");
        var direct = lab.trace(phone, ci, 22);
        review.that(!Traces.deliveredDirectly(direct), "ci is hidden behind NAT",
                "the phone can address ci directly at " + ci.address() + ", so ci is not behind NAT");
        var trace = lab.trace(phone, laptop, 2223);
        review.require(Traces.reached(trace, ci), "the laptop's port 2223 leads to ci",
                "the phone cannot open ci through the laptop's port 2223: " + Traces.why(trace));
        int port = Traces.arrivalPort(trace);
        review.that(port == 22, "it arrives on ci's SSH port 22", "the connection reaches ci on port " + port + ", not on 22");
        var dev = lab.trace(phone, laptop, 2222);
        return review.that(Traces.reached(dev, Find.vm(review, lab, "dev")), "port 2222 still leads to dev",
                "port 2222 no longer leads to dev: " + Traces.why(dev)).feedback();
    }
}
