package vnetlab.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command line run to completion, with its output captured in files so a chatty process never blocks on a full pipe.
 *
 * <pre>{@code
 * Command.Result r = Command.of("java", "-version").in(dir).timeout(Duration.ofSeconds(30)).run();
 * assertThat(r.exitCode()).as(r.describe()).isZero();
 * }</pre>
 */
final class Command {
    private final List<String> argv;
    private final Map<String, String> environment;
    private final Path directory;
    private final Duration timeout;

    private Command(List<String> argv, Map<String, String> environment, Path directory, Duration timeout) {
        this.argv = List.copyOf(argv);
        this.environment = new HashMap<>(environment);
        this.directory = directory;
        this.timeout = timeout;
    }

    static Command of(String... argv) {
        return new Command(List.of(argv), Map.of(), Jupyter.root(), Duration.ofMinutes(2));
    }

    static Command of(List<String> argv) {
        return new Command(argv, Map.of(), Jupyter.root(), Duration.ofMinutes(2));
    }

    Command in(Path directory) {
        return new Command(argv, environment, directory, timeout);
    }

    /** Adds these variables to the inherited environment; a null value removes the variable. */
    Command environment(Map<String, String> variables) {
        return new Command(argv, variables, directory, timeout);
    }

    Command timeout(Duration limit) {
        return new Command(argv, environment, directory, limit);
    }

    /** Runs the command; a command that outlives its timeout is killed and reported as exit code -1. */
    Result run() {
        try {
            Path out = Files.createTempFile("vnetlab-e2e-", ".out");
            Path err = Files.createTempFile("vnetlab-e2e-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
                environment.forEach((name, value) -> {
                    if (value == null) {
                        builder.environment().remove(name);
                    } else {
                        builder.environment().put(name, value);
                    }
                });
                Process process = builder.start();
                boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                return new Result(argv, finished ? process.exitValue() : -1,
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                        !finished);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + String.join(" ", argv) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", argv), e);
        }
    }

    /** What a finished command left behind. */
    record Result(List<String> argv, int exitCode, String stdout, String stderr, boolean timedOut) {
        /** The command, its exit code and its output, for an assertion's description. */
        String describe() {
            List<String> lines = new ArrayList<>();
            lines.add("$ " + String.join(" ", argv));
            lines.add(timedOut ? "(killed: it did not finish in time)" : "exit code " + exitCode);
            lines.add("--- stdout ---\n" + stdout.strip());
            lines.add("--- stderr ---\n" + stderr.strip());
            return String.join("\n", lines);
        }
    }
}
