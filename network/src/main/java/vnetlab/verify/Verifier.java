package vnetlab.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
