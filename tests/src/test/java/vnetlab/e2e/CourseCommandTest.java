package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's first command, {@code ./course}, run with {@code --check} so that it installs nothing and starts nothing. */
class CourseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void check_installs_the_kernelspec_and_names_the_jupyter_it_would_open_on_the_notebooks() throws IOException {
        // given
        Path scratch = Jupyter.scratch("course-");
        Path prefix = scratch.resolve("prefix");

        // when
        Command.Result result = course(scratch, System.getenv("PATH"), "--check", "--no-browser",
                "--prefix", prefix.toString());

        // then
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout()).as(result.describe())
                .contains("✓ java").contains("✓ dot").contains("✓ jupyter").contains("✓ jupyter-kernelspec")
                .contains("✓ kernel jar is up to date")
                .contains("✓ Jupyter lists the kernel: vnetlab")
                .containsPattern("would run: jupyter (lab|notebook) --notebook-dir="
                        + Pattern.quote(Jupyter.root().resolve("notebooks").toString())
                        + " --no-browser");
        JsonNode kernel = JSON.readTree(prefix.resolve("share/jupyter/kernels/vnetlab/kernel.json").toFile());
        assertThat(kernel.path("argv").toString()).contains(Jupyter.kernelJar().toString());
        assertThat(kernel.path("interrupt_mode").asText()).isEqualTo("message");
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({
        "dot,                Graphviz,           graphviz",
        "jupyter,            Jupyter Notebook,   jupyter-notebook",
        "jupyter-kernelspec, jupyter kernelspec, jupyter-client",
    })
    void check_names_a_missing_prerequisite_and_the_one_command_that_installs_it(String program, String what,
                                                                                 String apt) throws IOException {
        // given a PATH with everything on this machine except the program
        Path scratch = Jupyter.scratch("missing-");
        String path = pathWithout(program, scratch.resolve("bin"));

        // when
        Command.Result result = course(scratch, path, "--check", "--prefix", scratch.resolve("prefix").toString());

        // then
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
        assertThat(result.stdout()).as(result.describe())
                .contains("✗ " + program + " is missing — " + what)
                .contains("package: " + apt);
        assertThat(result.stderr()).as(result.describe())
                .containsPattern("install with: (sudo )?apt-get update && (sudo )?env DEBIAN_FRONTEND=noninteractive "
                        + "apt-get install -y --no-install-recommends " + apt + "\n")
                .contains("run ./course again");
        assertThat(scratch.resolve("prefix")).as("nothing is installed when a prerequisite is missing")
                .doesNotExist();
    }

    @Test
    void without_a_terminal_and_without_yes_it_says_what_it_would_install_and_installs_nothing() throws IOException {
        // given a PATH without dot, and no terminal to answer on (the test's stdin is a pipe)
        Path scratch = Jupyter.scratch("ask-");
        String path = pathWithout("dot", scratch.resolve("bin"));

        // when
        Command.Result result = course(scratch, path, "--no-browser", "--prefix", scratch.resolve("prefix").toString());

        // then
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
        assertThat(result.stdout()).as(result.describe())
                .contains("vnetlab needs 1 package(s) that are not installed: graphviz")
                .containsPattern("to install them it runs:  (sudo )?apt-get update && ");
        assertThat(result.stderr()).as(result.describe())
                .contains("no terminal to ask on: run again with --yes, or run: ");
        assertThat(scratch.resolve("prefix")).doesNotExist();
    }

    @Test
    void on_a_fresh_copy_check_builds_the_kernel_then_finds_it_up_to_date_until_a_source_changes() throws IOException {
        // given the project's sources without any build output, as a fresh clone has them
        Path scratch = Jupyter.scratch("fresh-");
        Path copy = freshCopy(scratch.resolve("vnetlab"));
        Path prefix = scratch.resolve("prefix");

        // when
        Command.Result first = course(copy, scratch, pathWithout("mvn", scratch.resolve("bin")), "--check",
                "--prefix", prefix.toString());
        Command.Result second = course(copy, scratch, System.getenv("PATH"), "--check", "--prefix", prefix.toString());
        Path source = copy.resolve("kernel/src/main/java/vnetlab/kernel/Main.java");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        Command.Result third = course(copy, scratch, System.getenv("PATH"), "--check", "--prefix", prefix.toString());

        // then
        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(first.stdout()).as("Maven is not a prerequisite: ./mvnw builds\n" + first.describe())
                .contains("… building the kernel\n")
                .contains("✓ kernel built (" + copy.resolve("kernel/target/vnetlab-kernel.jar") + ")");
        assertThat(JSON.readTree(prefix.resolve("share/jupyter/kernels/vnetlab/kernel.json").toFile())
                .path("argv").toString()).contains(copy.resolve("kernel/target/vnetlab-kernel.jar").toString());
        assertThat(second.stdout()).as(second.describe()).contains("✓ kernel jar is up to date");
        assertThat(third.exitCode()).as(third.describe()).isZero();
        assertThat(third.stdout()).as("a changed source is rebuilt\n" + third.describe())
                .contains("… building the kernel (its sources are newer than");
    }

    @Test
    void an_unknown_option_is_refused_in_one_line() {
        // when
        Command.Result result = course(Jupyter.scratch("option-"), System.getenv("PATH"), "--lab-please");

        // then
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
        assertThat(result.stderr().strip()).isEqualTo("course: unknown option \"--lab-please\"; see ./course --help");
    }

    @Test
    void help_lists_the_options() {
        // when
        Command.Result result = course(Jupyter.scratch("help-"), System.getenv("PATH"), "--help");

        // then
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout()).contains("--check").contains("--no-browser").contains("--prefix")
                .contains("--yes").contains("./course test");
    }

    private static Command.Result course(Path scratch, String path, String... args) {
        return course(Jupyter.root(), scratch, path, args);
    }

    private static Command.Result course(Path root, Path scratch, String path, String... args) {
        List<String> argv = new ArrayList<>(List.of("bash", root.resolve("course").toString()));
        argv.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(Jupyter.environment(scratch.resolve("none"), scratch));
        env.remove("JUPYTER_PATH");
        env.put("PATH", path);
        return Command.of(argv).in(root).environment(env).timeout(Duration.ofMinutes(8)).run();
    }

    /** The files a build needs (poms, sources, lesson data, ./course, setup/, ./mvnw), without any target folder. */
    private static Path freshCopy(Path copy) throws IOException {
        Path root = Jupyter.root();
        List<String> parts = new ArrayList<>(List.of("pom.xml", "course", "mvnw", ".mvn", "setup"));
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))).toList()) {
                String name = module.getFileName().toString();
                parts.add(name + "/pom.xml");
                if (!name.equals("tests")) {
                    parts.addAll(List.of(name + "/src", name + "/exercises", name + "/checks"));
                }
            }
        }
        for (String part : parts) {
            Path from = root.resolve(part);
            if (!Files.exists(from)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(root.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** A folder of links to every program on this PATH but one, as a PATH of its own. */
    private static String pathWithout(String program, Path bin) throws IOException {
        Files.createDirectories(bin);
        for (String dir : System.getenv("PATH").split(":")) {
            Path folder = Path.of(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Path link = bin.resolve(file.getFileName().toString());
                    if (!file.getFileName().toString().equals(program) && Files.notExists(link,
                            LinkOption.NOFOLLOW_LINKS) && Files.isExecutable(file)) {
                        Files.createSymbolicLink(link, file);
                    }
                }
            }
        }
        return bin.toString();
    }
}
