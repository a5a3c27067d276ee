package vnetlab.diagram;

import vnetlab.model.AddressPlan;
import vnetlab.model.Cidr;

/**
 * Draws a cluster's address plan as three side-by-side ranges — nodes, pods (with each node's slice) and Services
 * (with cluster DNS) — then the networks the cluster must reach, and a line per overlap marked "✖ OVERLAP" (or
 * "✔ no overlaps"), so the check reads without colour.
 *
 * <pre>{@code
 * Diagrams.of(k8s.addressPlan())
 * }</pre>
 */
final class PlanPicture {
    private PlanPicture() {
    }

    static Diagram of(AddressPlan plan) {
        String title = "Address plan of cluster " + plan.cluster();
        DotWriter dot = new DotWriter(title);
        Theme.start(dot, title);
        StringBuilder t = new StringBuilder("<TABLE BORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"8\">");
        t.append("<TR>");
        t.append(range(Layer.PHYSICAL, "nodes", plan.nodeRange(), "network " + plan.nodeNetwork()));
        t.append(range(Layer.KUBERNETES, "pods", plan.podRange(), plan.podSource()));
        t.append(range(Layer.KUBERNETES, "Services", plan.serviceRange(), "cluster DNS " + plan.dns()));
        t.append("</TR><TR>");
        StringBuilder nodes = new StringBuilder();
        StringBuilder slices = new StringBuilder();
        for (AddressPlan.NodeSlice n : plan.nodes()) {
            nodes.append(Attrs.escape(n.node() + " " + n.address())).append("<BR/>");
            slices.append(Attrs.escape(n.node() + ": " + (n.pods().isEmpty() ? "from the node subnet"
                    : String.join(", ", n.pods().stream().map(Cidr::toString).toList())))).append("<BR/>");
        }
        t.append(small(Layer.PHYSICAL, nodes.toString()));
        t.append(small(Layer.KUBERNETES, slices.toString()));
        t.append(small(Layer.KUBERNETES, "virtual: only kube-proxy's<BR/>rules know these addresses<BR/>"));
        t.append("</TR>");
        for (Cidr r : plan.mustReach()) {
            t.append("<TR><TD COLSPAN=\"3\" BGCOLOR=\"").append(Layer.INTERNET.fill()).append("\" BORDER=\"1\" COLOR=\"")
                    .append(Layer.INTERNET.stroke()).append("\">must reach ").append(r).append("</TD></TR>");
        }
        if (plan.ok()) {
            t.append("<TR><TD COLSPAN=\"3\" BORDER=\"2\" COLOR=\"#007A5A\"><B>✔ no overlaps</B></TD></TR>");
        }
        for (AddressPlan.Overlap o : plan.overlaps()) {
            t.append("<TR><TD COLSPAN=\"3\" BORDER=\"3\" COLOR=\"").append(Element.DROP_STROKE).append("\" BGCOLOR=\"")
                    .append(Element.DROP_FILL).append("\"><B>✖ OVERLAP:</B> ").append(Attrs.escape(o.toString()))
                    .append("</TD></TR>");
        }
        t.append("</TABLE>");
        dot.node("plan:" + plan.cluster(), Attrs.of("shape", "plain").html("label", t.toString()));
        return new Diagram(title, dot, plan.toString());
    }

    private static String range(Layer layer, String what, Cidr range, String detail) {
        return "<TD BGCOLOR=\"" + layer.fill() + "\" COLOR=\"" + layer.stroke() + "\" BORDER=\"2\"><B>" + what
                + "</B><BR/><FONT POINT-SIZE=\"16\">" + range + "</FONT><BR/>" + Attrs.escape(detail) + "<BR/>"
                + String.format(java.util.Locale.ROOT, "%,d", range.size()) + " addresses</TD>";
    }

    private static String small(Layer layer, String markup) {
        return "<TD BGCOLOR=\"" + layer.clusterFill() + "\" COLOR=\"" + layer.stroke() + "\" BORDER=\"1\">" + markup
                + "</TD>";
    }
}
