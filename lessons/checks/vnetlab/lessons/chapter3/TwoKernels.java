package vnetlab.lessons.chapter3;

import vnetlab.course.Check;
import vnetlab.course.Feedback;
import vnetlab.course.Review;
import vnetlab.lessons.Find;
import vnetlab.lessons.Layers;

/** 3.3: host "edge" runs exactly the workloads a, b and c, with exactly two kernels in total. */
public final class TwoKernels implements Check {
    @Override
    public Feedback run(Review review) {
        var asked = java.util.List.of("a", "b", "c");
        var lab = Find.lab(review, "Containers vs VMs");
        var edge = Find.host(review, lab, "edge");
        var layers = edge.layers();
        for (String name : asked) {
            review.that(Layers.kernelOf(layers, name).isPresent(), name + " runs on edge",
                    "edge runs no VM or container named " + name);
        }
        var others = Layers.workloads(layers).stream().filter(n -> !asked.contains(n)).toList();
        review.that(others.isEmpty(), "edge runs no other workload",
                "edge also runs " + String.join(", ", others) + "; the exercise asks for exactly three workloads, a, b and c");
        int kernels = Layers.kernels(layers);
        return review.that(kernels == 2, "exactly 2 kernels run on edge: the host's and one guest's",
                kernels + (kernels == 1 ? " kernel runs" : " kernels run") + " on edge, not 2").feedback();
    }
}
