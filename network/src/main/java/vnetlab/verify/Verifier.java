package vnetlab.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vnetlab.model.netfilter.Netfilter;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.sim.Trace;

/**
 * Builds a lab in Linux network namespaces and replays traces on it (needs root on Linux, iproute2, iptables,
 * conntrack and python3); {@code lab.verify()} calls it.
 *
 * <pre>{@code
 * Verifier.verify(lab.snapshot(), rules, List.of(lab.trace(phone, web, 80)))   // works as root on Linux
 * }</pre>
 */
public final class Verifier {

    private Verifier() {
    }

    /** A prefix for this run's namespaces: {@code vo<pid>} plus a counter, unique on the machine. */
    static String prefix() {
        return "vo" + ProcessHandle.current().pid() + "x" + Long.toString(System.nanoTime() % 46656, 36);
    }

    /**
     * Realizes the lab a snapshot describes, with the rules the model writes for it, checks every trace, tears
     * everything down.
     *
     * @throws VerifyException if the lab cannot be built (not root, a tool missing)
     */
    public static Verification verify(Snapshot lab, List<Trace> traces) {
        return verify(lab, rules(lab), traces);
    }

    /**
     * Checks traces that carry their lab ({@link Trace#lab()}): one realization per distinct lab state, in order.
     *
     * @throws IllegalArgumentException if a trace carries no lab (built on a hand-made fabric)
     */
    public static List<Verification> verifyEach(List<Trace> traces) {
        Map<Snapshot, List<Trace>> byLab = new LinkedHashMap<>();
        for (Trace t : traces) {
            Snapshot s = t.lab().orElseThrow(() -> new IllegalArgumentException("trace " + t.title()
                    + " carries no lab snapshot; trace through lab.trace(...)"));
            byLab.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
        }
        List<Verification> out = new ArrayList<>();
        byLab.forEach((lab, ts) -> out.add(verify(lab, ts)));
        return out;
    }

    /**
     * What the model's rule writers print for every namespace of a lab ({@code iptables()}): hosts and VMs, nodes,
     * and the LANs' routers ({@code lan:<name>/router}), by id.
     */
    public static Map<String, String> rules(Snapshot lab) {
        Map<String, String> rules = new LinkedHashMap<>();
        lab.hosts().forEach(h -> rules.put(h.id(), Netfilter.machine(lab, h.id()).toString()));
        lab.vms().forEach(v -> rules.put(v.id(), Netfilter.machine(lab, v.id()).toString()));
        lab.clusters().forEach(c -> c.nodes().forEach(n -> rules.put(n.id(), Netfilter.node(c, n).toString())));
        lab.lans().forEach(l -> rules.put("lan:" + l.name() + "/router", Netfilter.router(l).toString()));
        return rules;
    }

    /**
     * Realizes the lab, checks every trace, tears everything down.
     *
     * @param rules what {@code iptables()} prints for each machine and node, by its id
     * @throws VerifyException if the lab cannot be built (not root, a tool missing)
     */
    public static Verification verify(Snapshot lab, Map<String, String> rules, List<Trace> traces) {
        return run(lab, rules, oracle -> {
            List<Check> checks = new ArrayList<>();
            for (Trace t : traces) {
                checks.add(oracle.check(t));
            }
            return checks;
        });
    }

    /** Realizes the lab and runs {@code work} with an oracle on it; everything is torn down afterwards. */
    static Verification run(Snapshot lab, Map<String, String> rules, Function<Oracle, List<Check>> work) {
        long start = System.nanoTime();
        Plan plan = Planner.of(lab, rules, prefix());
        try (Realization real = Realization.build(plan)) {
            List<Check> checks = work.apply(new Oracle(real));
            List<String> failures = new ArrayList<>();
            real.loadFailures.forEach((who, error) -> failures.add(who + ": " + error));
            return new Verification(lab.lab(), checks, failures, plan.unrealized, plan.spaces.size(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
