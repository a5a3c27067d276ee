package vnetlab.e2e;

import java.util.List;
import java.util.Map;

/**
 * The pictures that still break the projector budget (issue 12), by notebook and the first line of the cell that
 * draws them: big whole-lab and cluster pictures waiting for a new layout. The legibility test fails on any other
 * picture over budget, and on a listed one that fits now, so this list can only shrink.
 */
final class OverBudget {
    static final Map<String, List<String>> KNOWN = Map.of(
            "03-containers-vs-vms.ipynb", List.of("var node = kvm.vm(\"node\").bridged(); …"),
            "04-docker-networking.ipynb", List.of("var lab     = Net.lab(\"Docker networking\"); …",
                    "var swarmLab = Net.lab(\"Docker overlay\"); …"),
            "05-kubernetes-networking.ipynb", List.of("var lab  = Net.lab(\"Kubernetes ingress\"); …"),
            "06-local-development.ipynb", List.of("var lab     = Net.lab(\"Local development\"); …",
                    "var desktopVm = desktop.machine();            // the Linux VM Docker Desktop runs …"),
            "07-putting-it-together.ipynb", List.of("var lab        = Net.lab(\"Company\"); …"),
            "08-your-own-app.ipynb", List.of("var lab     = Net.lab(\"Your own app\"); …"));

    private OverBudget() {
    }
}
