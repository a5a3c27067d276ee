package vnetlab.netfilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real iptables tools in a scratch network namespace of this test's own (prefix {@code vnltruth}), removed in
 * {@link #close()}: nothing touches the machine's own rules.
 */
final class RealIptables implements AutoCloseable {

    private static int counter;
    final String namespace;

    private RealIptables(String namespace) {
        this.namespace = namespace;
    }

    /** A fresh namespace. */
    static synchronized RealIptables open() throws IOException, InterruptedException {
        String name = "vnltruth" + ProcessHandle.current().pid() + "x" + (++counter);
        run(null, List.of("ip", "netns", "add", name));
        return new RealIptables(name);
    }

    /** {@code iptables-restore --test}: parses and checks the rules against the kernel without committing them. */
    String test(String rules) throws IOException, InterruptedException {
        return run(rules, List.of("ip", "netns", "exec", namespace, "iptables-restore", "--test"));
    }

    /** {@code iptables-restore} into the namespace, then {@code iptables-save} of it. */
    String restoreAndSave(String rules) throws IOException, InterruptedException {
        run(rules, List.of("ip", "netns", "exec", namespace, "iptables-restore"));
        return run(null, List.of("ip", "netns", "exec", namespace, "iptables-save"));
    }

    /** Runs a command here (in the namespace); the command's own lines. */
    String exec(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(List.of(command));
        return run(null, full);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(null, List.of("ip", "netns", "delete", namespace));
    }

    static String run(String stdin, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 30 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + out
                    + (stdin == null ? "" : "\ninput was:\n" + stdin));
        }
        return out;
    }

    /** iptables-save text per table, without comments and counters: {@code *nat} → its chain and rule lines. */
    static Map<String, List<String>> tables(String save) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : save.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("*")) {
                current = new ArrayList<>();
                out.put(line.substring(1), current);
            } else if (current != null && !line.equals("COMMIT")) {
                current.add(line.replaceAll(" \\[\\d+:\\d+]$", ""));
            }
        }
        return out;
    }
}
