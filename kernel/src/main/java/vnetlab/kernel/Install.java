package vnetlab.kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Installs the kernelspec the way {@code jupyter kernelspec install} would, without Python: kernel.json with the
 * absolute paths of this {@code java} and this jar and a heap limit, and two logos. Unless {@code --no-cds}, it also
 * makes the installing user's start-up archive ({@link Archive}: an AOT cache on JDK 25, AppCDS before), kept in
 * that user's cache folder, never in the kernelspec, which may be shared by every user of a machine.
 *
 * <pre>{@code
 * Install.parse("--prefix", "/tmp/jupyter").run()   // /tmp/jupyter/share/jupyter/kernels/vnetlab
 * }</pre>
 */
record Install(Path kernelsDirectory, String name, boolean classData, String maxHeap) {
    private static final Logger LOG = Logger.getLogger(Install.class.getName());
    /** Where earlier versions put the class-data archive, in the kernelspec; removed when found. */
    static final String ARCHIVE = "vnetlab.jsa";
    /**
     * The kernel's heap limit unless {@code --max-heap} says otherwise: a cell that fills it fails with
     * OutOfMemoryError and the kernel survives, instead of the JVM growing to a quarter of the machine's memory.
     */
    static final String DEFAULT_MAX_HEAP = "1g";
    /**
     * Options of the kernel's JVM, measured in docs/performance.md (Kernel): one GC thread and the C1 compiler only
     * (2 cores; JShell's javac work is short-lived), a small young generation (a cell allocates ~3 MB, little
     * survives) and a heap that starts small (-Xms32m: the limit -Xmx is set per install) and gives memory back,
     * a smaller code cache, no perf-data file.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms32m", "-Xmn24m",
            "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20", "-XX:ReservedCodeCacheSize=64m",
            "-XX:-UsePerfData");

    /**
     * Reads the install options.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    static Install parse(String... args) {
        Path kernels = null;
        String name = KernelInfo.NAME;
        boolean classData = true;
        String maxHeap = DEFAULT_MAX_HEAP;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--user" -> kernels = userKernels();
                case "--sys-prefix" -> kernels = sysPrefix().resolve("share/jupyter/kernels");
                case "--prefix" -> kernels = Path.of(value(args, ++i, "--prefix")).toAbsolutePath()
                        .resolve("share/jupyter/kernels");
                case "--name" -> name = value(args, ++i, "--name");
                case "--no-cds" -> classData = false;
                case "--max-heap" -> maxHeap = value(args, ++i, "--max-heap");
                default -> throw new IllegalArgumentException("unknown install option \"" + args[i]
                        + "\"; use --user, --sys-prefix, --prefix DIR, --name NAME, --max-heap SIZE or --no-cds");
            }
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("kernel name \"" + name
                    + "\" may only hold letters, digits, '.', '_' and '-' (Jupyter's rule)");
        }
        if (!maxHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new IllegalArgumentException("--max-heap \"" + maxHeap
                    + "\" is not a heap size; write it as java's -Xmx takes it, e.g. 512m or 2g");
        }
        return new Install(kernels == null ? userKernels() : kernels, name.toLowerCase(Locale.ROOT), classData,
                maxHeap);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value, e.g. " + option
                    + (option.equals("--name") ? " vnetlab" : option.equals("--max-heap") ? " 512m" : " /usr/local"));
        }
        return args[i];
    }

    static Path userKernels() {
        // Where `jupyter kernelspec install --user` writes (jupyter_core's jupyter_data_dir): JUPYTER_DATA_DIR first,
        // and $HOME, as Python's expanduser reads it, before the JVM's user.home (they differ under sudo -E, in CI).
        String data = System.getenv("JUPYTER_DATA_DIR");
        if (data != null && !data.isBlank()) {
            return Path.of(data).toAbsolutePath().resolve("kernels");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String homeVariable = System.getenv("HOME");
        Path home = Path.of(homeVariable == null || homeVariable.isBlank() ? System.getProperty("user.home")
                : homeVariable);
        if (os.contains("mac")) {
            return home.resolve("Library/Jupyter/kernels");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData == null ? home.toString() : appData, "jupyter", "kernels");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("jupyter/kernels");
    }

    static Path sysPrefix() {
        for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        return Path.of("/usr");
    }

    /** Writes the kernelspec and returns its directory. */
    Path run() {
        Path dir = kernelsDirectory.resolve(name);
        try {
            Files.createDirectories(dir);
            Logos.write(dir);
            Files.deleteIfExists(dir.resolve(ARCHIVE)); // archives live in each user's cache now, never here
            Path java = javaExecutable();
            Path jar = jar();
            boolean posix = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
            Archive archive = Archive.of(java, jar);
            if (classData && posix) {
                archive.create(jvmOptions(maxHeap), false); // for the installing user; others' kernels make theirs
            }
            Files.writeString(dir.resolve("kernel.json"), classData && posix ? kernelJson(java, jar, archive, maxHeap)
                    : kernelJson(java, jar, null, maxHeap), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the kernelspec in " + dir + ": " + e.getMessage()
                    + "; pick a writable place with --user or --prefix DIR", e);
        }
        return dir;
    }

    /** The kernel JVM's options with the heap limit. */
    static List<String> jvmOptions(String maxHeap) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.add("-Xmx" + maxHeap);
        return options;
    }

    /** kernel.json that starts java directly, with an archive at a fixed path (or none). */
    static String kernelJson(Path java, Path jar, Path archive) {
        JsonArray argv = new JsonArray();
        argv.add(java.toString());
        jvmOptions(DEFAULT_MAX_HEAP).forEach(argv::add);
        if (archive != null) {
            argv.add("-XX:SharedArchiveFile=" + archive);
            argv.add("-Xshare:auto"); // a stale archive (jar rebuilt since install) is skipped, not fatal
            argv.add("-Xlog:disable"); // ... and its warning would land on the kernel's stdout
            argv.add("-Xlog:all=error:stderr");
        }
        argv.add("-jar");
        argv.add(jar.toString());
        argv.add("{connection_file}");
        return spec(argv);
    }

    /**
     * kernel.json for a POSIX system: {@code /bin/sh} finds the archive in the cache folder of the user whose
     * kernel starts (so one system-wide kernelspec serves every user with their own archive), then {@code exec}s
     * java, which keeps the process id Jupyter signals. Without {@code archive}, java is started directly.
     */
    static String kernelJson(Path java, Path jar, Archive archive, String maxHeap) {
        if (archive == null) {
            JsonArray argv = new JsonArray();
            argv.add(java.toString());
            jvmOptions(maxHeap).forEach(argv::add);
            argv.add("-jar");
            argv.add(jar.toString());
            argv.add("{connection_file}");
            return spec(argv);
        }
        String file = archive.file().getFileName().toString();
        StringBuilder script = new StringBuilder();
        // no braces: jupyter_client formats {names} in argv
        script.append("c=$XDG_CACHE_HOME; [ -n \"$c\" ] || c=$HOME/.cache; a=$c/vnetlab/").append(file)
                .append("; exec ").append(quote(java.toString()));
        for (String option : jvmOptions(maxHeap)) {
            script.append(' ').append(quote(option));
        }
        for (String option : archive.runtimeOptions("$a")) {
            script.append(" \"").append(option).append('"');
        }
        script.append(" \"-D").append(Archive.PROPERTY).append("=$a\"");
        // a missing or stale archive is skipped by the JVM; its messages would land on the kernel's stdout
        script.append(" -Xlog:disable -Xlog:all=error:stderr -Xlog:").append(archive.aot() ? "aot" : "cds")
                .append("=off:stderr");
        script.append(" -jar ").append(quote(jar.toString())).append(" \"$1\"");
        JsonArray argv = new JsonArray();
        argv.add("/bin/sh");
        argv.add("-c");
        argv.add(script.toString());
        argv.add("vnetlab-kernel");
        argv.add("{connection_file}");
        return spec(argv);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String spec(JsonArray argv) {
        JsonObject spec = new JsonObject();
        spec.add("argv", argv);
        spec.addProperty("display_name", KernelInfo.DISPLAY_NAME);
        spec.addProperty("language", "java");
        spec.addProperty("interrupt_mode", "message");
        spec.add("env", new JsonObject());
        JsonObject metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        spec.add("metadata", metadata);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    static Path javaExecutable() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java")).toAbsolutePath();
    }

    static Path jar() {
        try {
            Path location = Path.of(Install.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new IllegalStateException("install runs from the kernel jar (java -jar vnetlab-kernel.jar"
                        + " install), not from " + location + "; build it with mvn package");
            }
            return location.toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the kernel jar: " + e.getMessage(), e);
        }
    }

}
