package vnetlab.lessons.chapter6;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.model.ClusterFlavour;

/**
 * 6.2: a kind cluster "ci" with 3 nodes, each a container of Docker Desktop's engine (inside its Linux VM, not on the
 * laptop's own OS), with kind's default ranges.
 */
public final class KindCluster implements Check {
    @Override
    public Feedback run(Review review) {
        var lab = Find.lab(review, "Local development");
        var ci = Find.cluster(review, lab, "ci");
        review.require(ci.flavour() == ClusterFlavour.KIND, "ci is a kind cluster",
                "ci is a " + ci.flavour().name().toLowerCase(java.util.Locale.ROOT) + " cluster, not kind: create it with desktop.machine().kind(\"ci\", 3)");
        review.that(ci.nodes().size() == 3, "ci has 3 nodes", "ci has " + ci.nodes().size() + " nodes, not 3");
        var notContainers = ci.nodes().stream().filter(n -> n.container().isEmpty()).map(n -> n.name()).toList();
        review.that(notContainers.isEmpty(), "every node of ci is a container", "these nodes are not containers: " + notContainers);
        var outsideDesktop = ci.nodes().stream().flatMap(n -> n.container().stream())
                .filter(c -> c.engine().desktopHost().isEmpty()).map(c -> c.engine().machine().name()).distinct().toList();
        review.that(outsideDesktop.isEmpty(), "its node containers run in Docker Desktop's Linux VM",
                "ci's node containers run on " + String.join(", ", outsideDesktop) + " itself, not inside Docker Desktop's"
                        + " Linux VM: a laptop's own OS has no Linux kernel for containers; use desktop.machine().kind(\"ci\", 3)");
        String pods = ci.podRange().map(Object::toString).orElse("none");
        review.that(pods.equals("10.244.0.0/16"), "pods come from 10.244.0.0/16", "pods come from " + pods + ", not kind's 10.244.0.0/16");
        return review.that(ci.serviceRange().toString().equals("10.96.0.0/16"), "Services come from 10.96.0.0/16",
                "Services come from " + ci.serviceRange() + ", not kind's 10.96.0.0/16").feedback();
    }
}
