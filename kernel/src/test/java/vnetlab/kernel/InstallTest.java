package vnetlab.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstallTest {
    @Test
    void prefix_installs_under_share_jupyter_kernels_with_the_default_name() {
        // given --prefix
        // when parsed
        Install install = Install.parse("--prefix", "/opt/jupyter");
        // then the kernelspec goes where jupyter kernelspec install --prefix puts it
        assertThat(install.kernelsDirectory()).isEqualTo(Path.of("/opt/jupyter/share/jupyter/kernels"));
        assertThat(install.name()).isEqualTo("vnetlab");
        assertThat(install.classData()).isTrue();
    }

    @Test
    void name_and_no_cds_are_honoured() {
        // given a name and --no-cds
        // when parsed
        Install install = Install.parse("--user", "--name", "vnetlab-dev", "--no-cds");
        // then both are kept
        assertThat(install.name()).isEqualTo("vnetlab-dev");
        assertThat(install.classData()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "--global       | unknown install option \"--global\"; use --user, --sys-prefix, --prefix DIR, --name NAME, --max-heap SIZE or --no-cds",
            "--prefix       | --prefix needs a value, e.g. --prefix /usr/local",
            "--name         | --name needs a value, e.g. --name vnetlab",
            "--name;a b     | kernel name \"a b\" may only hold letters, digits, '.', '_' and '-' (Jupyter's rule)",
            "--max-heap;lots | --max-heap \"lots\" is not a heap size; write it as java's -Xmx takes it, e.g. 512m or 2g",
            "--max-heap     | --max-heap needs a value, e.g. --max-heap 512m",
    })
    void bad_options_fail_with_the_fix(String args, String message) {
        // given bad install options
        // when parsed
        // then the message names the value and the fix
        assertThatThrownBy(() -> Install.parse(args.split(";")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void kernel_json_on_posix_takes_each_users_own_archive_from_their_cache_folder() {
        // given an archive for a JDK 17 or 25 and a heap limit
        Archive archive = Archive.in(Path.of("/home/x/.cache/vnetlab"), Path.of("/jdk/bin/java"),
                Path.of("/x/vnetlab-kernel.jar"));
        // when the kernel.json is written
        JsonObject spec = new JsonParser().parse(Install.kernelJson(Path.of("/jdk/bin/java"),
                Path.of("/x/vnetlab-kernel.jar"), archive, "512m")).getAsJsonObject();
        // then sh resolves the user's cache at start and execs java with the archive and the limit
        var argv = spec.getAsJsonArray("argv");
        assertThat(argv.get(0).getAsString()).isEqualTo("/bin/sh");
        String script = argv.get(2).getAsString();
        assertThat(script).startsWith("c=$XDG_CACHE_HOME; [ -n \"$c\" ] || c=$HOME/.cache; a=$c/vnetlab/"
                + archive.file().getFileName() + "; exec '/jdk/bin/java' ")
                .contains("'-Xmx512m'").contains("\"-Dvnetlab.archive=$a\"")
                .contains(archive.aot() ? "\"-XX:AOTCache=$a\"" : "\"-XX:SharedArchiveFile=$a\"")
                .endsWith("-jar '/x/vnetlab-kernel.jar' \"$1\"").doesNotContain("{").doesNotContain("}");
        assertThat(argv.get(argv.size() - 1).getAsString()).isEqualTo("{connection_file}");
    }

    @Test
    void kernel_json_runs_this_java_on_this_jar_with_message_interrupts() {
        // given paths of java, jar and archive
        // when the kernel.json is written
        JsonObject spec = new JsonParser().parse(Install.kernelJson(Path.of("/jdk/bin/java"),
                Path.of("/x/vnetlab-kernel.jar"), Path.of("/k/vnetlab.jsa"))).getAsJsonObject();
        // then argv starts with java, ends with the jar and the connection file, and the metadata is right
        var argv = spec.getAsJsonArray("argv");
        assertThat(argv.get(0).getAsString()).isEqualTo("/jdk/bin/java");
        assertThat(argv.get(argv.size() - 3).getAsString()).isEqualTo("-jar");
        assertThat(argv.get(argv.size() - 2).getAsString()).isEqualTo("/x/vnetlab-kernel.jar");
        assertThat(argv.get(argv.size() - 1).getAsString()).isEqualTo("{connection_file}");
        assertThat(argv.toString()).contains("\"-XX:SharedArchiveFile=/k/vnetlab.jsa\"");
        assertThat(spec.get("interrupt_mode").getAsString()).isEqualTo("message");
        assertThat(spec.get("language").getAsString()).isEqualTo("java");
        assertThat(spec.get("display_name").getAsString()).isEqualTo("Java (vnetlab)");
    }

    @Test
    void logos_are_drawn_at_both_sizes() {
        // given the two sizes Jupyter looks for
        // when drawn
        // then each image has its size
        assertThat(Logos.draw(32).getWidth()).isEqualTo(32);
        assertThat(Logos.draw(64).getHeight()).isEqualTo(64);
    }

    @Test
    void version_prints_the_name_and_version() {
        // given --version
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // when run
        int status = Main.run(new String[] {"--version"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        // then it prints "vnetlab <version>"
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("vnetlab [0-9][^\\s]*\\R");
    }

    @Test
    void help_lists_the_commands() {
        // given --help
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // when run
        int status = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        // then usage is printed
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Main.USAGE);
    }

    @Test
    void a_missing_connection_file_fails_with_one_line() {
        // given a path that does not exist
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // when run
        int status = Main.run(new String[] {"/nonexistent/kernel-1.json"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        // then it says what is wrong
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "vnetlab: cannot read the connection file \"/nonexistent/kernel-1.json\"");
    }
}
