package vnetlab.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the jars of Maven artifacts for an optional route (the pure-Java Graphviz): in the local Maven repository
 * when they are there, else fetched into it once by the learner's own Maven ({@code mvn dependency:get}), so the
 * repositories, mirrors and proxies of the learner's Maven settings apply.
 *
 * <pre>{@code
 * new MavenJars(Path.of(System.getProperty("user.home"), ".m2", "repository"))
 *     .jars(List.of("org.webjars.npm:viz.js:2.1.2"))
 * }</pre>
 */
final class MavenJars {
    private static final long FETCH_MINUTES = 5;
    private final Path repository;

    MavenJars(Path repository) {
        this.repository = repository;
    }

    /** The local Maven repository of this user ({@code -Dmaven.repo.local} when the JVM was given one). */
    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The jar files of {@code coordinates} ({@code group:artifact:version}), fetching what is missing. */
    List<Path> jars(List<String> coordinates) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String coordinate : coordinates) {
            Path jar = repository.resolve(path(coordinate));
            if (!Files.isRegularFile(jar)) {
                fetch(coordinate);
            }
            if (!Files.isRegularFile(jar)) {
                throw new IOException("Maven did not put " + coordinate + " at " + jar);
            }
            jars.add(jar);
        }
        return jars;
    }

    /** The repository path of a {@code group:artifact:version} jar. */
    static String path(String coordinate) {
        String[] p = coordinate.split(":");
        if (p.length != 3) {
            throw new IllegalArgumentException("\"" + coordinate + "\" is not group:artifact:version");
        }
        return p[0].replace('.', '/') + "/" + p[1] + "/" + p[2] + "/" + p[1] + "-" + p[2] + ".jar";
    }

    private void fetch(String coordinate) throws IOException {
        List<String> command = List.of("mvn", "-q", "-B", "dependency:get", "-Dtransitive=false",
                "-Dartifact=" + coordinate, "-Dmaven.repo.local=" + repository);
        Process maven;
        try {
            maven = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("the pure-Java Graphviz needs " + coordinate
                    + ", and Maven (mvn) is not on the PATH to fetch it; install Graphviz instead", e);
        }
        try {
            if (!maven.waitFor(FETCH_MINUTES, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new IOException("fetching " + coordinate + " with Maven took over " + FETCH_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            maven.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Maven fetched " + coordinate, e);
        }
        if (maven.exitValue() != 0) {
            throw new IOException("Maven could not fetch " + coordinate + " (mvn dependency:get exited "
                    + maven.exitValue() + ")");
        }
    }
}
