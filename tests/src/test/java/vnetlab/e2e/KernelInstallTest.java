package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runnable jar's own commands: install, --help and --version, run as a learner would run them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelInstallTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path prefix;
    private Command.Result install;

    @BeforeAll
    void installOnceAsALearnerWould() {
        // one default install (class-data archive included) serves the tests that only read what it wrote
        prefix = Jupyter.scratch("install-").resolve("prefix");
        install = java("install", "--prefix", prefix.toString());
    }

    @Test
    void install_with_a_prefix_writes_a_kernelspec_that_launches_this_java_and_this_jar() throws IOException {
        // given install --prefix ran

        // then
        assertThat(install.exitCode()).as(install.describe()).isZero();
        Path spec = prefix.resolve("share/jupyter/kernels/vnetlab");
        JsonNode kernel = JSON.readTree(spec.resolve("kernel.json").toFile());
        List<String> argv = new ArrayList<>();
        kernel.path("argv").forEach(a -> argv.add(a.asText()));
        assertThat(argv).as(kernel.toPrettyString()).isNotEmpty();
        // /bin/sh finds the start-up archive in the cache folder of the user whose kernel starts, then execs java
        assertThat(argv.subList(0, 2)).as(kernel.toPrettyString()).containsExactly("/bin/sh", "-c");
        assertThat(argv.get(2)).as("the launcher execs the java that ran install on the jar, with a heap limit")
                .contains("exec '" + Jupyter.currentJava() + "'")
                .contains("-jar '" + Jupyter.kernelJar() + "'").contains("'-Xmx1g'")
                .contains("c=$XDG_CACHE_HOME; [ -n \"$c\" ] || c=$HOME/.cache; a=$c/vnetlab/vnetlab-")
                .doesNotContain(prefix.toString());
        assertThat(argv.get(argv.size() - 1)).isEqualTo("{connection_file}");
        assertThat(spec.resolve("vnetlab.jsa")).as("no archive in the (possibly shared) kernelspec").doesNotExist();
        assertThat(kernel.path("interrupt_mode").asText()).isEqualTo("message");
        assertThat(kernel.path("language").asText()).isEqualTo("java");
        assertThat(kernel.path("display_name").asText()).isEqualTo("Java (vnetlab)");
        assertThat(install.stdout() + install.stderr()).as("install says where it wrote the kernelspec")
                .contains(spec.toString());
    }

    @ParameterizedTest(name = "logo-{0}x{0}.png")
    @CsvSource({"32", "64"})
    void install_writes_both_logos_as_square_pngs(int size) throws IOException {
        // given install --prefix ran
        Path logo = prefix.resolve("share/jupyter/kernels/vnetlab/logo-" + size + "x" + size + ".png");

        // when
        BufferedImage image = ImageIO.read(logo.toFile());

        // then
        assertThat(image).as(logo + " is a PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }

    @Test
    void install_with_a_name_uses_that_name_for_the_folder() {
        // given
        Path elsewhere = Jupyter.scratch("name-").resolve("prefix");

        // when
        Command.Result result = java("install", "--prefix", elsewhere.toString(), "--name", "vnetlab-dev", "--no-cds");

        // then
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(elsewhere.resolve("share/jupyter/kernels/vnetlab-dev/kernel.json")).isRegularFile();
        assertThat(elsewhere.resolve("share/jupyter/kernels/vnetlab")).doesNotExist();
    }

    @Test
    void installing_twice_replaces_the_kernelspec() {
        // given
        Path elsewhere = Jupyter.scratch("twice-").resolve("prefix");
        java("install", "--prefix", elsewhere.toString(), "--no-cds");

        // when
        Command.Result again = java("install", "--prefix", elsewhere.toString(), "--no-cds");

        // then
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(elsewhere.resolve("share/jupyter/kernels/vnetlab/kernel.json")).isRegularFile();
    }

    @Test
    void jupyter_lists_the_installed_kernelspec() {
        // given install --prefix ran
        Path scratch = Jupyter.scratch("list-");

        // when
        Command.Result list = Command.of(Jupyter.python().toString(), "-m", "jupyter", "kernelspec", "list", "--json")
                .environment(Jupyter.environment(prefix, scratch)).timeout(Duration.ofSeconds(60)).run();

        // then
        assertThat(list.exitCode()).as(list.describe()).isZero();
        assertThat(list.stdout()).as(list.describe())
                .contains(prefix.resolve("share/jupyter/kernels/vnetlab").toString());
    }

    @ParameterizedTest(name = "with {0} set")
    @CsvSource({
        "HOME,             home/.local/share/jupyter/kernels",
        "XDG_DATA_HOME,    xdg/jupyter/kernels",
        "JUPYTER_DATA_DIR, data/kernels",
    })
    void install_user_writes_where_jupyter_looks_for_the_users_kernels(String variable, String folder) {
        // given Jupyter's own variables, and a JVM whose user.home is elsewhere (as under sudo or in a container)
        Path scratch = Jupyter.scratch("user-");
        Map<String, String> env = new HashMap<>();
        env.put("HOME", scratch.resolve("home").toString());
        env.put("XDG_DATA_HOME", variable.equals("HOME") ? null : scratch.resolve("xdg").toString());
        env.put("JUPYTER_DATA_DIR", variable.equals("JUPYTER_DATA_DIR") ? scratch.resolve("data").toString() : null);
        env.put("JUPYTER_PATH", null);
        env.put("JUPYTER_CONFIG_DIR", scratch.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", scratch.resolve("runtime").toString());

        // when
        Command.Result install = Command.of(Jupyter.currentJava().toString(),
                        "-Duser.home=" + scratch.resolve("java-home"), "-jar", Jupyter.kernelJar().toString(),
                        "install", "--user", "--no-cds")
                .environment(env).timeout(Duration.ofSeconds(90)).run();
        Command.Result list = Command.of(Jupyter.python().toString(), "-m", "jupyter", "kernelspec", "list")
                .environment(env).timeout(Duration.ofSeconds(60)).run();

        // then
        assertThat(install.exitCode()).as(install.describe()).isZero();
        assertThat(list.stdout()).as("jupyter kernelspec list\n" + list.describe() + "\n" + install.describe())
                .contains(scratch.resolve(folder).resolve("vnetlab").toString());
    }

    @Test
    void help_names_every_command() {
        // when
        Command.Result help = java("--help");

        // then
        assertThat(help.exitCode()).as(help.describe()).isZero();
        assertThat(help.stdout()).as(help.describe())
                .contains("install").contains("--user").contains("--sys-prefix").contains("--prefix")
                .contains("--name").contains("--version").containsIgnoringCase("connection");
    }

    @Test
    void version_prints_the_project_version() {
        // when
        Command.Result version = java("--version");

        // then
        assertThat(version.exitCode()).as(version.describe()).isZero();
        assertThat(version.stdout()).as(version.describe()).contains(Jupyter.projectVersion());
    }

    @Test
    void a_prefix_without_a_folder_is_refused_in_one_line_naming_the_option() {
        // when
        Command.Result result = java("install", "--prefix");

        // then
        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stderr().strip()).as(result.describe()).contains("--prefix").doesNotContain("\tat ");
    }

    @Test
    void a_connection_file_that_does_not_exist_is_refused_without_a_stack_trace() {
        // when
        Command.Result result = java("/nonexistent/kernel-connection.json");

        // then
        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stderr()).as(result.describe()).contains("/nonexistent/kernel-connection.json")
                .doesNotContain("\tat ");
    }

    private static Command.Result java(String... args) {
        List<String> argv = new ArrayList<>(List.of(Jupyter.currentJava().toString(), "-jar",
                Jupyter.kernelJar().toString()));
        argv.addAll(List.of(args));
        return Command.of(argv).timeout(Duration.ofSeconds(90)).run();
    }

}
