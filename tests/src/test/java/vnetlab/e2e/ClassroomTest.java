package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class of five on JupyterHub, in its reduced CI form ({@code tests/classroom/classroom.py}, see docs/classroom.md):
 * the course installed for everyone with {@code setup/install-system-wide}, five system users each with a server of
 * their own from the LocalProcessSpawner, all running chapters 2 and 5 at once through the server's REST and
 * WebSocket API. Needs root (or password-less sudo) to create the users.
 */
class ClassroomTest {
    private static final int STUDENTS = Integer.getInteger("vnetlab.classroom.students", 5);

    @Test
    void five_students_on_one_hub_all_run_chapters_2_and_5_to_the_end_without_an_error() throws IOException {
        // given
        Jupyter.kernelJar();
        Path report = Jupyter.scratch("classroom-").resolve("classroom.json");
        List<String> argv = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            argv.addAll(List.of("sudo", "-n"));
        }
        argv.addAll(List.of("/usr/bin/python3", Jupyter.root().resolve("tests/classroom/classroom.py").toString(),
                "--students", Integer.toString(STUDENTS), "--timeout", "300", "--out", report.toString()));

        // when
        Command.Result result = Command.of(argv).timeout(Duration.ofMinutes(10)).run();

        // then
        assertThat(result.exitCode()).as(result.describe()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("summary").path("finished_without_error").asInt()).as(result.stdout()).isEqualTo(STUDENTS);
        assertThat(json.path("results")).hasSize(STUDENTS).allSatisfy(student -> {
            assertThat(student.path("errors")).as(student.toString()).isEmpty();
            assertThat(student.path("cells").asInt()).as(student.toString()).isGreaterThan(20);
            assertThat(student.path("first_diagram_s").asDouble()).as(student.toString()).isPositive();
            assertThat(student.path("kernel_rss_peak_bytes").asLong()).as(student.toString()).isPositive();
        });
        assertThat(json.path("shared_install_changed")).as("a class must not write into the shared installation")
                .isEmpty();
    }
}
