package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The suite's guard: without Jupyter it fails, naming what to install, instead of skipping. */
class JupyterTest {
    @Test
    void a_missing_python_fails_with_the_apt_get_line() {
        assertThatThrownBy(() -> Jupyter.check(Path.of("/nonexistent/python3")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Jupyter is missing: there is no Python at /nonexistent/python3.")
                .hasMessageContaining("sudo apt-get install -y " + Jupyter.DEBIAN_PACKAGES)
                .hasMessageContaining("do not skip");
    }

    @Test
    void a_python_without_jupyter_client_fails_naming_the_import_error() throws Exception {
        // given a Python that exists but has none of Jupyter's libraries (isolated mode, an empty module path)
        Path scratch = Jupyter.scratch("python-");
        Path python = scratch.resolve("python-without-jupyter");
        Files.writeString(python, "#!/bin/sh\nexec /usr/bin/python3 -I -S \"$@\"\n");
        assertThat(python.toFile().setExecutable(true)).isTrue();

        // then
        assertThatThrownBy(() -> Jupyter.check(python))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cannot import jupyter_client")
                .hasMessageContaining("ModuleNotFoundError");
    }

    @Test
    void debians_python_passes_the_check() {
        assertThat(Jupyter.check(Path.of("/usr/bin/python3"))).isEqualTo(Path.of("/usr/bin/python3"));
    }
}
