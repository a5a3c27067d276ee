package vnetlab.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Linux tools the realizer uses (ip, iptables-restore, conntrack, sysctl) and says what failed. */
final class Shell {

    /** What a command printed and how it ended. */
    record Result(List<String> command, int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }

        String describe() {
            return String.join(" ", command) + " → exit " + exitCode + (err.isBlank() ? "" : ": " + err.strip());
        }
    }

    private Shell() {
    }

    /** Runs a command with {@code input} on its stdin; never throws for a non-zero exit. */
    static Result run(List<String> command, String input) {
        try {
            Process p = new ProcessBuilder(command).start();
            if (input != null) {
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(command, -1, "", "timed out");
            }
            return new Result(command, p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(command, -1, "", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(command, -1, "", "interrupted");
        }
    }

    static Result run(String... command) {
        return run(List.of(command), null);
    }

    /** Runs a command and fails with its output when it does not succeed. */
    static Result must(List<String> command, String input) {
        Result r = run(command, input);
        if (!r.ok()) {
            throw new VerifyException(r.describe() + (input == null ? "" : "\n" + input));
        }
        return r;
    }
}
