package vnetlab.lessons.chapter0;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Traces;
import vnetlab.model.Host;

/** 0.2: lab "my lab", LAN "office" 10.1.0.0/24, hosts a and b on it, a reaches b on port 80. */
public final class OwnLab implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "my lab");
        var office = review.require(lab.lans().stream().filter(l -> l.name().equals("office")).findFirst(),
                "lab \"my lab\" has no LAN named office yet: add it with lab.lan(\"office\", \"10.1.0.0/24\")");
        review.that(office.cidr().toString().equals("10.1.0.0/24"), "office is 10.1.0.0/24",
                "office is " + office.cidr() + ", not 10.1.0.0/24");
        Host a = Find.host(review, lab, "a");
        Host b = Find.host(review, lab, "b");
        for (Host host : new Host[] {a, b}) {
            String lan = host.lan().map(l -> l.name()).orElse("no LAN");
            review.that(lan.equals("office"), host.name() + " is on office",
                    host.name() + " is on LAN " + lan + ", not on office");
        }
        var trace = lab.trace(a, b, 80);
        return review.that(Traces.reached(trace, b), "a opens b on port 80",
                "a cannot open b on port 80: " + Traces.why(trace)).feedback();
    }
}
