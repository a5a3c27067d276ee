package vnetlab.lessons.chapter2;

import vnetlab.Net;
import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;

/** 2.3: a VM "vault" the laptop reaches on 5432, the phone cannot reach, and that cannot reach the internet. */
public final class HostOnlyVault implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Bridged vs NAT");
        var vault = Find.vm(review, lab, "vault");
        var phone = Find.endpoint(review, lab, "phone");
        var laptop = Find.endpoint(review, lab, "laptop");
        var fromLaptop = lab.trace(laptop, vault, 5432);
        review.that(Traces.reached(fromLaptop, vault), "the laptop opens vault on port 5432",
                "the laptop cannot open vault on port 5432: " + Traces.why(fromLaptop));
        var fromPhone = lab.trace(phone, vault, 5432);
        review.that(!fromPhone.delivered(), "the phone cannot reach vault (" + Traces.why(fromPhone) + ")",
                "the phone can open vault on port 5432, so vault is visible on the home LAN");
        var out = lab.trace(vault, Net.INTERNET, 443);
        return review.that(!out.delivered(), "vault cannot reach the internet (" + Traces.why(out) + ")",
                "vault can reach the internet, so it has a way out through NAT").feedback();
    }
}
