package vnetlab.lessons.chapter2;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 2.1: a VM "files" that the phone reaches on port 445 directly, with no port-forwarding rule. */
public final class BridgedFileServer implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Bridged vs NAT");
        var files = Find.vm(review, lab, "files");
        var phone = Find.endpoint(review, lab, "phone");
        review.right("found VM files at " + files.address());
        var trace = lab.trace(phone, files, 445);
        review.that(!trace.delivered() || Traces.deliveredDirectly(trace), "no port-forwarding rule is involved",
                "the phone reaches files only through a port-forwarding rule on the laptop (its destination is rewritten);"
                        + " the exercise asks for files to be a device of the LAN itself");
        return review.that(Traces.reached(trace, files), "the phone opens files at " + files.address() + " on port 445",
                "the phone cannot open files on port 445: " + Traces.why(trace)).feedback();
    }
}
