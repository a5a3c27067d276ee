package vnetlab.kernel;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The start-up archive of one user for one kernel jar and one JDK: an AOT cache on JDK 25+ (JEP 483/514/515:
 * classes loaded and linked, method profiles, from a training run of representative cells) or an AppCDS archive
 * before it. It lives in the user's own cache folder ({@code $XDG_CACHE_HOME/vnetlab}, else
 * {@code ~/.cache/vnetlab}), never in a shared installation, named by the jar's size and time and the JDK, so two
 * JDKs or two builds never mix. Made at install time for the installing user, and otherwise by the user's first
 * kernel in the background, 30 s after it started: one training process at a time per user (a file lock), at the
 * lowest CPU priority,
 * written to a temporary file and renamed into place, so thirty kernels starting at once neither race nor wait.
 * A stale archive (the jar or JDK changed since) is reported in one line and replaced.
 *
 * <pre>{@code
 * var archive = Archive.of(java, jar);   // ~/.cache/vnetlab/vnetlab-1a2b3c4d-25.aot
 * archive.create(options);               // at install: the training run, then the atomic rename
 * }</pre>
 */
record Archive(Path file, Path java, Path jar, String key, boolean aot) {
    private static final Logger LOG = Logger.getLogger(Archive.class.getName());
    /** The system property through which kernel.json tells the kernel which archive it was started with. */
    static final String PROPERTY = "vnetlab.archive";
    /** How long a kernel's background archive maker waits before training: the learner's first cells go first. */
    static final long DELAY_MILLIS = 30_000;

    /** The archive for this {@code java} (the JDK running now) and this jar, in the user's cache folder. */
    static Archive of(Path java, Path jar) {
        return in(cacheFolder(), java, jar);
    }

    static Archive in(Path folder, Path java, Path jar) {
        int feature = Runtime.version().feature();
        boolean aot = feature >= 25;
        String key = key(jar);
        return new Archive(folder.resolve("vnetlab-" + key + "-" + feature + (aot ? ".aot" : ".jsa")), java, jar, key,
                aot);
    }

    /** The user's cache folder for archives: {@code $XDG_CACHE_HOME/vnetlab}, else {@code ~/.cache/vnetlab}. */
    static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "vnetlab");
        }
        String home = System.getenv("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home, ".cache", "vnetlab");
    }

    /** What identifies the jar and the JDK an archive belongs to. */
    static String key(Path jar) {
        String identity;
        try {
            identity = Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            identity = jar.toString();
        }
        identity += ":" + System.getProperty("java.home") + ":" + Runtime.version();
        return Integer.toHexString(identity.hashCode());
    }

    /** The JVM options that use this archive (a missing or stale one is skipped by the JVM, silently). */
    List<String> runtimeOptions(String file) {
        return aot ? List.of("-XX:AOTCache=" + file) : List.of("-XX:SharedArchiveFile=" + file, "-Xshare:auto");
    }

    private Path keyFile() {
        return file.resolveSibling(file.getFileName() + ".key");
    }

    /** Whether the archive exists and was made for this jar and JDK. */
    boolean current() {
        try {
            return Files.isRegularFile(file) && Files.readString(keyFile(), StandardCharsets.UTF_8).strip().equals(key);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * At kernel start: when the archive named by {@link #PROPERTY} is missing or stale, makes it in the background
     * (stale: said in one line). Returns at once.
     */
    static void refreshInBackground(List<String> jvmOptions) {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            return;
        }
        Archive wanted = of(Install.javaExecutable(), Install.jar());
        if (!wanted.file().toString().equals(Path.of(named).toString())) {
            LOG.warning("the start-up archive " + named + " was made for another build of the kernel jar or another"
                    + " JDK, so it was not used; re-run `java -jar vnetlab-kernel.jar install` to make a new one");
            return;
        }
        if (wanted.current()) {
            return;
        }
        if (Files.isRegularFile(wanted.file())) {
            LOG.warning("the start-up archive " + named + " does not match this kernel jar and JDK; it was not used"
                    + " and is being made again in the background");
        }
        // a process of its own, so that the archive is finished even when this kernel ends first
        List<String> command = new ArrayList<>(List.of(wanted.java().toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xlog:disable", "-jar", wanted.jar().toString(), "archive"));
        command.addAll(jvmOptions);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warning("cannot make the start-up archive (" + e.getMessage() + "); the kernel runs without it");
        }
    }

    /** The options of this JVM that a training run must share (heap, collector, compiler), archive options aside. */
    static List<String> trainingOptions(List<String> inputArguments) {
        List<String> kept = new ArrayList<>();
        for (String argument : inputArguments) {
            boolean shape = argument.startsWith("-XX:") || argument.startsWith("-Xm");
            boolean archiveOption = argument.contains("AOTCache") || argument.contains("SharedArchiveFile")
                    || argument.contains("ArchiveClassesAtExit");
            if (shape && !archiveOption) {
                kept.add(argument);
            }
        }
        return kept;
    }

    /**
     * Runs the training session that records the archive, unless another process of this user is making it now.
     *
     * @param background at the lowest CPU priority (a kernel making it while the learner works)
     * @return whether the archive is there afterwards
     */
    boolean create(List<String> jvmOptions, boolean background) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return false; // another kernel of this user is making it
                }
                if (current()) {
                    return true;
                }
                Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                Files.deleteIfExists(temporary);
                if (!train(jvmOptions, temporary, background) || !Files.isRegularFile(temporary)) {
                    Files.deleteIfExists(temporary);
                    return false;
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(keyFile(), key + "\n", StandardCharsets.UTF_8);
                return true;
            }
        } catch (IOException e) {
            LOG.warning("no start-up archive (" + e.getMessage() + "); the kernel starts without it");
            return false;
        }
    }

    private boolean train(List<String> jvmOptions, Path output, boolean background) throws IOException {
        List<String> command = new ArrayList<>();
        Optional<Path> nice = background ? Optional.of(Path.of("/usr/bin/nice")).filter(Files::isExecutable)
                : Optional.empty();
        nice.ifPresent(n -> command.addAll(List.of(n.toString(), "-n", "19")));
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add(aot ? "-XX:AOTCacheOutput=" + output : "-XX:ArchiveClassesAtExit=" + output);
        // the training draws a diagram: without a dot binary it must not fetch the pure-Java route's jars
        command.add("-Dvnetlab.graphviz.js=off");
        command.add("-Xlog:disable");
        command.add("-jar");
        command.add(jar.toString());
        command.add("train");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.warning("the start-up archive's training run took too long; the kernel starts without it");
                return false;
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        return p.exitValue() == 0;
    }
}
