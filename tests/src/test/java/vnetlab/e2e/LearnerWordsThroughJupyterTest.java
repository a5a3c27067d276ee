package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Through real Jupyter (jupyter_client): compile errors read in the learner's words with javac's text kept below,
 * and progress passed in one kernel is there in the next one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerWordsThroughJupyterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DriverReport first;
    private DriverReport restarted;

    @BeforeAll
    void runTwoKernelsOneAfterTheOther() {
        Path home = Jupyter.scratch("vnetlab-home-");
        Map<String, String> environment = Map.of("VNETLAB_HOME", home.toString());
        ObjectNode extra = JSON.createObjectNode();
        ArrayNode cells = extra.putArray("cells");
        cell(cells, "lab", """
                var lab    = Net.lab("hello");
                var home   = lab.lan("home", "192.168.1.0/24");
                var laptop = home.host("laptop", "192.168.1.2");
                var vbox   = laptop.hypervisor(VIRTUALBOX);""");
        cell(cells, "misspelt method", "vbox.vm(\"files\").bridge();");
        cell(cells, "unknown variable", "lab.trace(phone, laptop, 22)");
        cell(cells, "name in quotes", "var phone = home.host(\"phone\", \"192.168.1.20\");\nlab.trace(\"phone\", laptop, 22)");
        cell(cells, "solve 0.1", "var nas = home.host(\"nas\", \"192.168.1.30\");");
        cell(cells, "check 0.1", "check(\"0.1\")");
        first = DriverReport.drive(Jupyter.currentJava(), "vnetlab-words", environment, "extra", extra.toString());

        ObjectNode again = JSON.createObjectNode();
        cell(again.putArray("cells"), "progress", "progress(0)");
        restarted = DriverReport.drive(Jupyter.currentJava(), "vnetlab-words", environment, "extra", again.toString());
    }

    @Test
    void a_misspelt_method_says_did_you_mean_and_keeps_javacs_text_below() {
        Exchange error = first.exchange("extra", "cells", "misspelt method");
        assertThat(error.status()).as(error.describe() + first.context("extra")).isEqualTo("error");
        assertThat(error.evalue()).isEqualTo("Vm has no method bridge(); did you mean bridged()?");
        assertThat(Exchange.plain(error.traceback())).contains("javac: cannot find symbol", "method bridge()");
    }

    @Test
    void an_unknown_variable_and_a_name_in_quotes_are_one_line_each() {
        assertThat(first.exchange("extra", "cells", "unknown variable").evalue())
                .isEqualTo("phone does not exist yet: run the cell that creates it");
        assertThat(first.exchange("extra", "cells", "name in quotes").evalue())
                .isEqualTo("lab.trace needs two endpoints, e.g. lab.trace(phone, laptop, 22); you passed a String \"phone\"");
    }

    @Test
    void a_pass_in_one_kernel_shows_in_the_progress_of_the_next() {
        Exchange check = first.exchange("extra", "cells", "check 0.1");
        assertThat(check.result()).as(check.describe() + first.context("extra"))
                .hasValueSatisfying(text -> assertThat(text).startsWith("✔ 0.1"));
        Exchange progress = restarted.exchange("extra", "cells", "progress");
        assertThat(progress.result()).as(progress.describe() + restarted.context("extra"))
                .hasValueSatisfying(text -> assertThat(text).contains("✔ 0.1").contains("progress.json"));
    }

    private static void cell(ArrayNode cells, String name, String code) {
        cells.addObject().put("name", name).put("code", code);
    }
}
