package vnetlab.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kernel launched by JDK 25, where {@code Thread.stop} throws: interrupts and everything else must still work.
 *
 * <p>The JDK is taken from {@code -Dvnetlab.jdk25} (a JDK home), else {@code /usr/lib/jvm/temurin-25-jdk-amd64},
 * which the course's machines (and so CI) have. A machine without any JDK 25 (a plain Debian 12 has only 17) cannot
 * run these: they are reported as skipped with that reason, and {@code ./course test} prints the missing JDK loudly.
 */
class KernelOnJdk25Test extends KernelProtocolContract {
    static final String DEFAULT_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";

    @Override
    Path java() {
        return Path.of(System.getProperty("vnetlab.jdk25", DEFAULT_HOME)).resolve("bin/java");
    }

    @Override
    Optional<String> unavailable() {
        Path java = java();
        return Files.isExecutable(java) ? Optional.empty() : Optional.of("JDK 25 is missing: no " + java
                + ". The kernel must also run on JDK 25; install one and pass its home with -Dvnetlab.jdk25=/path/to/jdk-25.");
    }

    @Override
    String kernelName() {
        return "vnetlab-jdk25";
    }
}
