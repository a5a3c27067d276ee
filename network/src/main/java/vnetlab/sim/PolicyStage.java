package vnetlab.sim;

/**
 * NetworkPolicy: the sender pod's egress once its packet has left it (after kube-proxy's DNAT, so a Service is judged
 * by the pod it reaches, as Calico and Cilium do), and the receiving pod's ingress when the packet reaches it. A CNI
 * that does not enforce policies (Flannel) lets the packet through, and the hop says which policy it ignored.
 */
final class PolicyStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        if (v.origin) {
            return Verdict.Pass.unchanged(v.packet);
        }
        Packet p = v.packet;
        Run run = v.run;
        Station source = run.source;
        if (source.kind == Station.Kind.POD && source.policies != null && !run.egressChecked) {
            run.egressChecked = true;
            Verdict out = judge(v, source, source.policies.egress(source, p.destination(), p.protocol(), p.destinationPort()));
            if (out != null) {
                return out;
            }
        }
        Station here = v.here;
        if (here.kind == Station.Kind.POD && here.policies != null && here.owns(p.destination())) {
            Verdict in = judge(v, here, here.policies.ingress(here, p.source(), p.protocol(), p.destinationPort()));
            if (in != null) {
                return in;
            }
        }
        return Verdict.Pass.unchanged(p);
    }

    private static Verdict judge(Visit v, Station pod, Policies.Decision d) {
        if (d.selecting().isEmpty()) {
            return null;
        }
        if (d.allowed()) {
            v.note("", d.detail());
            return null;
        }
        if (!pod.policies.enforced()) {
            v.note(v.run.quiet ? "" : d.detail() + " — but " + pod.policies.cni() + " does not enforce NetworkPolicies, so it"
                    + " passes (with Calico or Cilium it would be dropped)", "");
            return null;
        }
        return new Verdict.Drop(DropReason.NETWORK_POLICY, d.detail() + " (" + pod.policies.cni() + " enforces it)", d.fix());
    }
}
