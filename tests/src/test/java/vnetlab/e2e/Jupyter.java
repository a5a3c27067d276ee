package vnetlab.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Jupyter this suite drives: Debian's Python with jupyter_client, nbclient and nbconvert, and the project's
 * paths as Maven hands them to the tests.
 *
 * <p>A missing Jupyter fails the suite with the command that installs it; it never skips a test.
 *
 * <pre>{@code
 * Path python = Jupyter.python();                  // /usr/bin/python3, checked to import jupyter_client
 * Map<String, String> env = Jupyter.environment(prefix, scratch);
 * }</pre>
 */
final class Jupyter {
    /** What apt-get must bring for the Jupyter part of this suite (all of it: setup/test-packages.txt). */
    static final String DEBIAN_PACKAGES = "graphviz jupyter-notebook jupyter-nbconvert python3-jupyter-client "
            + "python3-nbclient python3-nbformat python3-ipykernel python3-jupyter-kernel-test";

    private static volatile Path checkedPython;

    private Jupyter() {
    }

    /** The repository's root folder (Maven sets {@code vnetlab.root}; outside Maven, the working directory's parent). */
    static Path root() {
        String root = System.getProperty("vnetlab.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("tests/pom.xml")) ? here : here.getParent();
    }

    /** The runnable kernel jar that {@code mvn package} built, checked to exist. */
    static Path kernelJar() {
        Path jar = Path.of(System.getProperty("vnetlab.kernelJar",
                root().resolve("kernel/target/vnetlab-kernel.jar").toString())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("The kernel jar " + jar + " is missing; build it first with "
                    + "`mvn -B -DskipTests package -pl kernel -am` (or run the whole suite with `mvn -B verify`).");
        }
        return jar;
    }

    /** The project's version, as the kernel must report it. */
    static String projectVersion() {
        return System.getProperty("vnetlab.version", "0.1.0-SNAPSHOT");
    }

    /** The {@code java} launcher of the JVM running these tests. */
    static Path currentJava() {
        return Path.of(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    /** Python with Jupyter's client libraries: {@code /usr/bin/python3} unless {@code -Dvnetlab.python} says otherwise. */
    static Path python() {
        Path python = checkedPython;
        if (python != null) {
            return python;
        }
        python = check(Path.of(System.getProperty("vnetlab.python", "/usr/bin/python3")));
        checkedPython = python;
        return python;
    }

    /** The given Python if it has Jupyter's client libraries; else an AssertionError saying how to get them. */
    static Path check(Path python) {
        String fix = "Install Jupyter for the end-to-end tests with `sudo apt-get install -y " + DEBIAN_PACKAGES
                + "` (Debian/Ubuntu), or point -Dvnetlab.python at a Python that has jupyter_client, nbclient, "
                + "nbconvert and nbformat. These tests do not skip: ./course test installs all of this.";
        if (!Files.isExecutable(python)) {
            throw new AssertionError("Jupyter is missing: there is no Python at " + python + ". " + fix);
        }
        Command.Result probe = Command.of(python.toString(), "-c",
                        "import jupyter_client, nbclient, nbconvert, nbformat, zmq; print(jupyter_client.__version__)")
                .timeout(Duration.ofSeconds(60)).run();
        if (probe.exitCode() != 0) {
            throw new AssertionError("Jupyter is missing: " + python + " cannot import jupyter_client, nbclient, "
                    + "nbconvert and nbformat (" + lastLine(probe.stderr()) + "). " + fix);
        }
        return python;
    }

    /** A driver script of this suite, from tests/src/test/python. */
    static Path script(String name) {
        return root().resolve("tests/src/test/python").resolve(name);
    }

    /**
     * The environment under which Jupyter finds only the kernelspecs installed under {@code prefix} first, and keeps
     * its connection files and configuration in {@code scratch} instead of the user's home.
     */
    static Map<String, String> environment(Path prefix, Path scratch) {
        Map<String, String> env = new HashMap<>();
        env.put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        env.put("JUPYTER_RUNTIME_DIR", scratch.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", scratch.resolve("config").toString());
        env.put("JUPYTER_DATA_DIR", scratch.resolve("data").toString());
        env.put("IPYTHONDIR", scratch.resolve("ipython").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        return env;
    }

    /** Installs the kernelspec named {@code name} under {@code prefix}, launched by {@code java}; returns its folder. */
    static Path installKernel(Path java, Path prefix, String name, String... options) {
        List<String> argv = new java.util.ArrayList<>(List.of(java.toString(), "-jar", kernelJar().toString(),
                "install", "--prefix", prefix.toString(), "--name", name));
        argv.addAll(List.of(options));
        Command.Result result = Command.of(argv).timeout(Duration.ofSeconds(90)).run();
        if (result.exitCode() != 0) {
            throw new AssertionError("installing the kernelspec failed\n" + result.describe());
        }
        Path spec = prefix.resolve("share/jupyter/kernels").resolve(name);
        if (!Files.isRegularFile(spec.resolve("kernel.json"))) {
            throw new AssertionError("install exited 0 but wrote no " + spec.resolve("kernel.json") + "\n"
                    + result.describe());
        }
        return spec;
    }

    static Path scratch(String prefix) {
        try {
            Path base = root().resolve("tests/target/e2e");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new AssertionError("cannot create a scratch folder: " + e.getMessage(), e);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
