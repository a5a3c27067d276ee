package vnetlab.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Draws DOT with Graphviz's own {@code dot} program: DOT on its standard input, SVG from its standard output,
 * bounded by a timeout and a size limit so a huge graph or a hung process never stalls the kernel.
 *
 * <pre>{@code
 * DotCommand.locate().map(DotCommand::new).map(d -> d.render("digraph { a -> b }"))
 * }</pre>
 */
public final class DotCommand implements GraphvizEngine {
    /** The system property (or, as {@code VNETLAB_DOT}, environment variable) naming the dot program to use. */
    public static final String PROPERTY = "vnetlab.dot";
    /** How long one render may take before the process is killed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The largest SVG accepted (bytes); more means the diagram is unreadable anyway. */
    public static final int DEFAULT_MAX_SVG = 16 * 1024 * 1024;
    private static final int MAX_ERROR = 8 * 1024;

    private final Path program;
    private final Duration timeout;
    private final int maxSvgBytes;

    /** A dot command with the default timeout (10 s) and size limit (16 MB of SVG). */
    public DotCommand(Path program) {
        this(program, DEFAULT_TIMEOUT, DEFAULT_MAX_SVG);
    }

    /** A dot command with an explicit timeout and SVG size limit. */
    public DotCommand(Path program, Duration timeout, int maxSvgBytes) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout + " must be positive, e.g. Duration.ofSeconds(10)");
        }
        if (maxSvgBytes <= 0) {
            throw new IllegalArgumentException("maxSvgBytes " + maxSvgBytes + " must be positive, e.g. 16_000_000");
        }
        this.program = program;
        this.timeout = timeout;
        this.maxSvgBytes = maxSvgBytes;
    }

    /**
     * Finds the dot program: the {@code vnetlab.dot} property, then {@code VNETLAB_DOT}, then each directory of
     * {@code PATH}, then the usual install places of Debian, Homebrew and MacPorts (a notebook started from a macOS
     * dock may not have them on its PATH).
     */
    public static Optional<Path> locate() {
        String chosen = System.getProperty(PROPERTY, System.getenv("VNETLAB_DOT"));
        if (chosen != null && !chosen.isBlank()) {
            Path p = Path.of(chosen.strip());
            return Files.isExecutable(p) && !Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(java.io.File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(d);
                }
            }
        }
        dirs.addAll(List.of("/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin"));
        for (String dir : dirs) {
            for (String name : List.of("dot", "dot.exe")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The program this command runs. */
    public Path program() {
        return program;
    }

    @Override
    public String describe() {
        return "Graphviz dot (" + program + ")";
    }

    @Override
    public Rendering render(String dot) {
        Process process;
        try {
            process = new ProcessBuilder(program.toString(), "-Tsvg").start();
        } catch (IOException e) {
            return new Rendering.Failed("could not start Graphviz's " + program + ": " + e.getMessage()
                    + "; reinstall Graphviz or point -D" + PROPERTY + "=/path/to/dot at it.");
        }
        byte[] input = dot.getBytes(StandardCharsets.UTF_8);
        ExecutorService io = Io.POOL;
        Future<?> writer = io.submit(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException ignored) {
                // dot exited early (syntax error): its standard error says why
            }
        });
        Future<byte[]> svg = io.submit(() -> read(process.getInputStream(), maxSvgBytes, process));
        Future<byte[]> errors = io.submit(() -> read(process.getErrorStream(), MAX_ERROR, null));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Rendering.Failed("Graphviz did not finish within " + seconds(timeout)
                        + ", so this diagram is shown as text; draw a smaller part of the lab.");
            }
            byte[] out = svg.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            writer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String err = new String(errors.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
            if (out == null) {
                return new Rendering.Failed("the picture is larger than " + size(maxSvgBytes)
                        + " of SVG, so this diagram is shown as text; draw a smaller part of the lab.");
            }
            if (process.exitValue() != 0 || out.length == 0) {
                return new Rendering.Failed("Graphviz could not draw this diagram: " + firstLine(err));
            }
            return new Rendering.Drawn(new String(out, StandardCharsets.UTF_8), describe(), Optional.empty());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Rendering.Failed("drawing was interrupted; run the cell again.");
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            return new Rendering.Failed("Graphviz's output could not be read: " + e);
        }
    }

    /** Reads a stream up to {@code limit} bytes; beyond it kills {@code process} (if given) and returns null. */
    private static byte[] read(InputStream stream, int limit, Process process) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        try (stream) {
            int n;
            while ((n = stream.read(buffer)) >= 0) {
                if (out.size() + n > limit) {
                    if (process == null) {
                        continue; // keep draining error output, but drop what is beyond the limit
                    }
                    process.destroyForcibly();
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String size(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " kB";
    }

    private static String firstLine(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return "dot exited without saying why.";
        }
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** Daemon threads that pump dot's pipes; created on first use, reused by warm renders. */
    private static final class Io {
        static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vnetlab-dot-io");
            t.setDaemon(true);
            return t;
        });
    }
}
