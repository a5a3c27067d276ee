package vnetlab.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lab built for real in network namespaces, from a {@link Plan}; {@link #close()} (or the JVM's shutdown, or a
 * failure half-way) deletes every namespace it made and ends the agent it started.
 *
 * <p>Only namespaces named with the run's prefix are created and deleted; traffic never leaves them.
 */
final class Realization implements AutoCloseable {

    final Plan plan;
    private final List<String> created = new ArrayList<>();
    /** Rule sets that did not load with iptables-restore: namespace label → the error. */
    final Map<String, String> loadFailures = new LinkedHashMap<>();
    private Agent agent;
    private final Thread hook = new Thread(this::teardown, "vnetlab-verify-teardown");
    private boolean closed;

    private Realization(Plan plan) {
        this.plan = plan;
    }

    /** Builds the plan; on any failure everything built so far is torn down and the failure rethrown. */
    static Realization build(Plan plan) {
        Realization r = new Realization(plan);
        Runtime.getRuntime().addShutdownHook(r.hook);
        try {
            r.apply();
            return r;
        } catch (RuntimeException | Error e) {
            r.close();
            throw e;
        }
    }

    private void apply() {
        Shell.Result first = Shell.run("ip", "netns", "add", plan.spaces().get(0).ns);
        if (!first.ok()) {
            throw new VerifyException("cannot create network namespaces (lab.verify() needs root on Linux with "
                    + "iproute2): " + first.describe());
        }
        created.add(plan.spaces().get(0).ns);
        List<Plan.Space> rest = plan.spaces().subList(1, plan.spaces().size());
        rest.forEach(s -> created.add(s.ns));
        each(rest, s -> Shell.must(List.of("ip", "netns", "add", s.ns), null));
        phase(s -> s.devices);
        phase(s -> s.links);
        phase(s -> s.stacked);
        each(plan.spaces(), s -> {
            if (!s.sysctls.isEmpty()) {
                List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", s.ns, "sysctl", "-q", "-w"));
                s.sysctls.forEach((k, v) -> cmd.add(k + "=" + v));
                Shell.must(cmd, null);
            }
        });
        phase(s -> s.config);
        each(plan.spaces(), s -> {
            if (!s.fdb.isEmpty()) {
                Shell.must(List.of("bridge", "-n", s.ns, "-b", "-"), String.join("\n", s.fdb) + "\n");
            }
        });
        each(plan.spaces(), this::rules);
        agent = Agent.start();
        for (Plan.Proxy p : plan.proxies) {
            agent.must(agent.request("proxy").put("name", p.name()).put("listen_ns", p.listenNs())
                    .put("listen_ip", p.listenIp()).put("port", p.port()).put("connect_ns", p.connectNs())
                    .put("to_ip", p.toIp()).put("to_port", p.toPort()).put("keep_client", p.keepClient()));
        }
    }

    private void phase(Function<Plan.Space, List<String>> lines) {
        each(plan.spaces(), s -> {
            List<String> batch = lines.apply(s);
            if (!batch.isEmpty()) {
                Shell.must(List.of("ip", "-n", s.ns, "-b", "-"), String.join("\n", batch) + "\n");
            }
        });
    }

    /**
     * Runs one step for every namespace, a few at a time (each step is its own process; a phase finishes in every
     * namespace before the next begins); the first failure is rethrown.
     */
    private static void each(List<Plan.Space> spaces, java.util.function.Consumer<Plan.Space> step) {
        List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (Plan.Space s : spaces) {
                running.add(java.util.concurrent.CompletableFuture.runAsync(() -> step.accept(s), pool));
            }
            for (var f : running) {
                try {
                    f.join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private synchronized void failed(String who, String error) {
        loadFailures.put(who, error);
    }

    private void rules(Plan.Space s) {
        if (!s.modelRules.isBlank()) {
            Shell.Result r = Shell.run(List.of("ip", "netns", "exec", s.ns, "iptables-restore"), s.modelRules);
            if (!r.ok()) {
                failed(s.label, "iptables-restore of " + s.modelRulesOf + ".iptables() failed: " + r.err().strip());
            }
        }
        if (!s.systemRules.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (String table : List.of("nat", "filter", "mangle")) {
                String marker = "-t " + table + " ";
                List<String> in = s.systemRules.stream().filter(l -> l.startsWith(marker)).toList();
                if (!in.isEmpty()) {
                    text.append('*').append(table).append('\n');
                    in.forEach(l -> text.append(l.substring(marker.length())).append('\n'));
                    text.append("COMMIT\n");
                }
            }
            Shell.must(List.of("ip", "netns", "exec", s.ns, "iptables-restore", "--noflush"), text.toString());
        }
    }

    /** The agent that talks inside the namespaces. */
    Agent agent() {
        return agent;
    }

    /** The namespace standing for a model id, if realized. */
    Optional<String> ns(String modelId) {
        return Optional.ofNullable(plan.nsOf.get(modelId));
    }

    /** Runs a command inside a namespace. */
    Shell.Result exec(String ns, String... command) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        cmd.addAll(List.of(command));
        return Shell.run(cmd, null);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        teardown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself is running
        }
    }

    private synchronized void teardown() {
        if (closed) {
            return;
        }
        closed = true;
        if (agent != null) {
            agent.close();
        }
        List<Plan.Space> made = plan.spaces().stream().filter(s -> created.contains(s.ns)).toList();
        each(made, s -> Shell.run("ip", "netns", "del", s.ns));
        created.clear();
    }
}
