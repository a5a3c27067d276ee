package vnetlab.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the real kernel said about a lab's traces: one {@link Check} per connection, the rule sets that did not
 * load, what was not realized, and how long it took.
 *
 * <pre>{@code
 * var v = lab.verify(lab.trace(phone, web, 80));
 * v.agreed()    // true when the kernel agreed with every trace
 * v             // a line per connection; a difference names the hop and both observations
 * }</pre>
 */
public record Verification(String lab, List<Check> checks, List<String> loadFailures, List<String> unrealized,
                           int namespaces, Duration time) {

    public Verification {
        checks = List.copyOf(checks);
        loadFailures = List.copyOf(loadFailures);
        unrealized = List.copyOf(unrealized);
    }

    /** Whether every connection agreed and every rule set loaded. */
    public boolean agreed() {
        return loadFailures.isEmpty() && checks.stream().allMatch(Check::agreed);
    }

    /** The checks that disagreed. */
    public List<Check> differences() {
        return checks.stream().filter(c -> !c.agreed()).toList();
    }

    /** {@code 12 connections, 12 agree, in 3.1 s (24 namespaces)}. */
    public String summary() {
        long ok = checks.stream().filter(Check::agreed).count();
        return lab + ": " + checks.size() + " connections, " + ok + " agree with the kernel, in "
                + String.format("%.1f s", time.toMillis() / 1000.0) + " (" + namespaces + " namespaces)";
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        for (String f : loadFailures) {
            lines.add("✘ rules: " + f);
        }
        for (Check c : checks) {
            lines.add(c.toString());
        }
        for (String u : unrealized) {
            lines.add("(not realized: " + u + ")");
        }
        return String.join("\n", lines);
    }
}
