package vnetlab.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for a Kubernetes cluster's ranges (GROUND-TRUTH.md: nodes, pods and Services get ranges that must not
 * overlap each other, nor the networks the cluster must reach, nor the lab's other LANs). The address plan lists every
 * overlap it finds; a DSL call fails only on an overlap between two ranges the learner chose, so a default is never
 * held against a choice that has not arrived yet (choices may come in any order); an overlap that involves a default
 * is a warning naming the call that fixes it.
 */
final class RangeRules {
    private RangeRules() {
    }

    /** A cluster's ranges as they are, or as a call would make them. */
    record Ranges(Cni cni, RangeChoice pods, RangeChoice services, List<Cidr> mustReach) {
        Ranges {
            mustReach = List.copyOf(mustReach);
        }
    }

    /** Which range the call being checked sets. */
    enum Subject { PODS, SERVICES, MUST_REACH, NONE }

    /** One overlap: as the address plan shows it, its two sides, and the message that names the fix. */
    record Clash(AddressPlan.Overlap overlap, Subject first, boolean firstChosen, Subject second, boolean secondChosen,
            String message) {
        /** Whether both ranges were chosen by the learner (then the call that made the overlap fails). */
        boolean settled() {
            return firstChosen && secondChosen;
        }

        boolean involves(Subject s) {
            return first == s || second == s;
        }
    }

    private record Side(String label, String phrase, Cidr range, boolean chosen, Subject kind) {
    }

    static List<Clash> clashes(KubernetesCluster k, Collection<Lan> lans, Ranges r) {
        return clashes(k, lans, r, Subject.NONE);
    }

    private static List<Clash> clashes(KubernetesCluster k, Collection<Lan> lans, Ranges r, Subject subject) {
        String cluster = "cluster \"" + k.name() + "\"";
        Optional<Side> pods = r.pods().cidr().map(p -> podSide(r));
        Side svcs = serviceSide(r);
        Side nodes = new Side("node network " + k.network().name(), "the node network " + k.network().name() + " (" + k.nodeRange()
                + ")", k.nodeRange(), true, Subject.NONE);
        List<Side> reach = r.mustReach().stream().map(c -> new Side("must-reach network", c + ", which " + cluster + " must reach", c,
                true, Subject.MUST_REACH)).toList();
        List<Side> others = lans.stream().filter(l -> l != k.network())
                .map(l -> new Side("LAN " + l.name(), "LAN " + l.name() + " (" + l.cidr() + ")", l.cidr(), true, Subject.NONE)).toList();
        List<Side[]> pairs = new ArrayList<>();
        pods.ifPresent(p -> {
            pairs.add(new Side[] {p, nodes});
            pairs.add(new Side[] {p, svcs});
        });
        pairs.add(new Side[] {svcs, nodes});
        for (Side m : reach) {
            pods.ifPresent(p -> pairs.add(new Side[] {p, m}));
            pairs.add(new Side[] {svcs, m});
        }
        for (Side l : others) {
            pods.ifPresent(p -> pairs.add(new Side[] {p, l}));
            pairs.add(new Side[] {svcs, l});
        }
        List<Clash> out = new ArrayList<>();
        for (Side[] pair : pairs) {
            Side a = pair[0];
            Side b = pair[1];
            if (a.range().overlaps(b.range())) {
                // Blame a default before a choice (it is what the learner has not decided yet); between two of a kind,
                // the range this call sets; else pods before services.
                Side blamed = a.chosen() != b.chosen() ? (a.chosen() ? b : a)
                        : b.kind() == Subject.SERVICES && subject == Subject.SERVICES ? b : a;
                out.add(new Clash(new AddressPlan.Overlap(a.label(), a.range(), b.label(), b.range()), a.kind(), a.chosen(), b.kind(),
                        b.chosen(), message(k, r, blamed, blamed == a ? b : a)));
            }
        }
        return out;
    }

    /**
     * Fails at the first overlap between two chosen ranges that involves the range this call sets, and when a pod
     * range has no room for a slice per node; returns the overlaps that involve a default, to warn about.
     */
    static List<Clash> check(KubernetesCluster k, Collection<Lan> lans, Ranges r, Subject subject) {
        List<Clash> found = clashes(k, lans, r, subject);
        for (Clash c : found) {
            if (c.settled() && (subject == Subject.NONE || c.involves(subject))) {
                throw new IllegalArgumentException(c.message());
            }
        }
        checkRoom(k, r);
        return found.stream().filter(c -> !c.settled()).toList();
    }

    private static Side podSide(Ranges r) {
        Cidr p = r.pods().cidr().orElseThrow();
        return new Side("pod range", "the pod range " + p + " (" + r.pods().origin() + ")", p, r.pods().chosen(), Subject.PODS);
    }

    private static Side serviceSide(Ranges r) {
        Cidr s = r.services().cidr().orElseThrow();
        return new Side("service range", "the service range " + s, s, r.services().chosen(), Subject.SERVICES);
    }

    private static void checkRoom(KubernetesCluster k, Ranges r) {
        Optional<Cidr> pods = r.pods().cidr();
        int slice = r.cni().nodePrefix();
        int nodeCount = k.nodes().size();
        if (pods.isPresent() && slice > 0) {
            Cidr p = pods.get();
            long room = p.prefix() > slice ? 0 : 1L << Math.min(31, slice - p.prefix());
            if (room < nodeCount) {
                throw new IllegalArgumentException("pod range " + p + " (" + r.pods().origin() + ") has room for " + room + " /" + slice
                        + " node slices, but cluster \"" + k.name() + "\" has " + Topology.count(nodeCount, "node")
                        + "; use a larger range, e.g. a /16");
            }
        }
    }

    private static String message(KubernetesCluster k, Ranges r, Side blamed, Side other) {
        String self = blamed.kind() == Subject.PODS ? "pod range " + blamed.range() + " (" + r.pods().origin() + ")"
                : "service range " + blamed.range();
        return self + " overlaps " + other.phrase() + "; choose another with " + fix(k, r, blamed.kind());
    }

    /** The call that moves the blamed range somewhere free, e.g. {@code k8s.podCidr("10.244.0.0/16")}. */
    static String fix(KubernetesCluster k, Ranges r, Subject blamed) {
        List<Cidr> taken = new ArrayList<>(r.mustReach());
        taken.add(k.nodeRange());
        if (blamed == Subject.PODS) {
            taken.add(r.services().cidr().orElseThrow());
            String free = free(List.of("10.244.0.0/16", "172.20.0.0/16", "192.168.0.0/16", "100.64.0.0/16"), taken);
            return r.pods().chosen() ? "k8s.podCidr(\"" + free + "\")" : "k8s.cni(" + r.cni().name() + ", \"" + free + "\")";
        }
        r.pods().cidr().ifPresent(taken::add);
        return "k8s.serviceCidr(\"" + free(List.of("10.96.0.0/12", "172.30.0.0/16", "100.96.0.0/16"), taken) + "\")";
    }

    private static String free(List<String> candidates, List<Cidr> taken) {
        for (String c : candidates) {
            Cidr range = Cidr.parse(c);
            if (taken.stream().noneMatch(range::overlaps)) {
                return c;
            }
        }
        return candidates.get(candidates.size() - 1);
    }
}
