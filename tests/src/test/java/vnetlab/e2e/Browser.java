package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The browser tests of tests/browser: node scripts driving the system's Chromium (Debian's /usr/bin/chromium, or
 * Ubuntu's snap /snap/bin/chromium; never a downloaded browser) through playwright-core, installed from the committed
 * package-lock.json with {@code npm ci}.
 */
final class Browser {
    private Browser() {
    }

    /** The tests/browser folder, its npm packages installed. */
    static Path folder() {
        Path folder = Jupyter.root().resolve("tests/browser");
        assertThat(Files.exists(Path.of("/usr/bin/chromium")) || Files.exists(Path.of("/snap/bin/chromium")))
                .as("the browser tests need Chromium: Debian's package chromium, or on Ubuntu `sudo snap install chromium`"
                        + " (setup/test-packages.txt)")
                .isTrue();
        if (!Files.isDirectory(folder.resolve("node_modules/playwright-core"))) {
            Command.Result ci = Command.of("npm", "ci", "--no-audit", "--no-fund").in(folder)
                    .timeout(Duration.ofMinutes(3)).run();
            assertThat(ci.exitCode()).as(ci.describe()).isZero();
        }
        return folder;
    }

    /** Runs {@code node script args…} in tests/browser and requires it to pass; returns what it printed. */
    static String run(String script, String... args) {
        String[] argv = new String[args.length + 2];
        argv[0] = "node";
        argv[1] = script;
        System.arraycopy(args, 0, argv, 2, args.length);
        Command.Result r = Command.of(argv).in(folder()).timeout(Duration.ofMinutes(5)).run();
        assertThat(r.exitCode()).as(r.describe()).isZero();
        return r.describe();
    }
}
