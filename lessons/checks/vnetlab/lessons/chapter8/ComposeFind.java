package vnetlab.lessons.chapter8;

import java.util.Optional;

import vnetlab.Lab;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.model.Container;
import vnetlab.model.Pod;

/** Finds what the chapter's exercises look at: a Compose service's container, a pod by its app label. */
final class ComposeFind {
    private ComposeFind() {
    }

    /** The container of Compose service {@code service} on the engine of host {@code host}. */
    static Container service(Review review, Lab lab, String host, String project, String service) {
        Optional<Container> c = Find.engines(lab).stream().filter(e -> e.machine().name().equals(host))
                .flatMap(e -> e.containers().stream())
                .filter(x -> x.composeService().equals(Optional.of(project + "/" + service))).findFirst();
        return review.require(c, "Docker on " + host + " runs no container for service " + service + " of project " + project
                + " yet: build it with docker.compose(...) and a file whose name: is " + project);
    }

    /** A pod of cluster {@code cluster} in namespace {@code ns} labelled app={@code app}. */
    static Pod pod(Review review, Lab lab, String cluster, String ns, String app) {
        var k8s = Find.cluster(review, lab, cluster);
        return review.require(k8s.pods().stream().filter(p -> p.namespace().equals(ns) && app.equals(p.labels().get("app")))
                .findFirst(), "cluster " + cluster + " has no pod labelled app=" + app + " in namespace " + ns
                + "; run the cell that applies the shop's manifests");
    }
}
