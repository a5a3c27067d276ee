package vnetlab.lessons.chapter2;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 2.2: the phone reaches dev's app (port 80) at the laptop's port 8080; dev stays on NAT. */
public final class ForwardToDev implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Bridged vs NAT");
        var dev = Find.vm(review, lab, "dev");
        var phone = Find.endpoint(review, lab, "phone");
        var laptop = Find.endpoint(review, lab, "laptop");
        // A NAT VM can only be reached through a rewrite on the laptop (a port forward); a delivery with the
        // destination unchanged means the phone addressed dev itself, on the LAN.
        var direct = lab.trace(phone, dev, 80);
        review.that(!Traces.deliveredDirectly(direct), "dev is still hidden behind NAT",
                "the phone can address dev directly at " + dev.address() + ", so dev is no longer on NAT; keep dev on nat()");
        var trace = lab.trace(phone, laptop, 8080);
        review.require(Traces.reached(trace, dev), "the phone's connection to 192.168.1.2:8080 reaches dev",
                "the phone cannot open dev through the laptop's port 8080: " + Traces.why(trace));
        int port = Traces.arrivalPort(trace);
        return review.that(port == 80, "it arrives on dev's port 80, where the app listens",
                "the connection reaches dev on port " + port + ", but the app listens on port 80").feedback();
    }
}
