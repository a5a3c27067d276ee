package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The network DSL as a learner meets it through real Jupyter: north-star cells run without imports, labs and traces
 * arrive as SVG pictures, the DSL's errors read as one line, and Shift-Tab and Tab know our own classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DslThroughJupyterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** north-star.md, chapter 2, first cell, verbatim. */
    static final String CHAPTER_2 = """
            var lab    = Net.lab("Bridged vs NAT");
            var home   = lab.lan("home", "192.168.1.0/24");   // its router, .1, NATs to the internet as 203.0.113.7
            var laptop = home.host("laptop", "192.168.1.2");
            var vbox   = laptop.hypervisor(VIRTUALBOX);
            var web    = vbox.vm("web").bridged();             // a peer on home, address from the LAN's DHCP pool
            var dev    = vbox.vm("dev").nat();                 // 10.0.2.15, gateway 10.0.2.2, DNS 10.0.2.3
            var db     = vbox.vm("db").hostOnly();             // on vboxnet0, 192.168.56.0/24
            lab                                                // the diagram: laptop ⊃ VirtualBox ⊃ three VMs, each wired its own way
            """;

    private DriverReport report;

    @BeforeAll
    void runNorthStarCellsThroughJupyterClient() {
        ObjectNode extra = JSON.createObjectNode();
        ArrayNode cells = extra.putArray("cells");
        cell(cells, "chapter 2", CHAPTER_2);
        cell(cells, "host outside its lan", "home.host(\"nas\", \"192.168.2.5\")");
        cell(cells, "prefix too long", "lab.lan(\"bad\", \"10.0.0.0/33\")");
        cell(cells, "still there", "web");
        cell(cells, "trace", "lab.trace(home.host(\"phone\", \"192.168.1.20\"), web, 80)");
        cell(cells, "display a lab", "display(lab);");
        cell(cells, "rerun the first line", "var lab    = Net.lab(\"Bridged vs NAT\");");
        cell(cells, "home after the rerun", "home");
        ArrayNode inspect = extra.putArray("inspect");
        inspect.addObject().put("name", "Net.lab(").put("code", "Net.lab(");
        inspect.addObject().put("name", "Net.lab").put("code", "Net.lab");
        ArrayNode complete = extra.putArray("complete");
        complete.addObject().put("name", "Net.la").put("code", "Net.la");
        complete.addObject().put("name", "VIRTUALB").put("code", "VIRTUALB");
        report = DriverReport.drive(Jupyter.currentJava(), "vnetlab-dsl", Map.of(), "extra", extra.toString());
    }

    @Test
    void the_first_north_star_cell_runs_verbatim_without_imports() {
        // given
        Exchange cell = report.exchange("extra", "cells", "chapter 2");

        // then
        assertThat(cell.status()).as(cell.describe() + report.context("extra")).isEqualTo("ok");
        assertThat(cell.result()).as(cell.describe()).isPresent();
    }

    @Test
    void the_lab_and_a_trace_show_as_svg_diagrams_with_a_text_fallback() {
        for (String name : List.of("chapter 2", "trace")) {
            // given the cell's last value is a lab, then a trace
            Exchange cell = report.exchange("extra", "cells", name);

            // then
            assertThat(cell.status()).as(name + "\n" + cell.describe() + report.context("extra")).isEqualTo("ok");
            assertThat(cell.resultData().path("image/svg+xml").asText()).as(name + ": the execute_result's mime "
                    + "types are " + fieldNames(cell.resultData())).contains("<svg");
            assertThat(cell.resultData().path("text/plain").asText()).as(name).isNotBlank();
        }
    }

    @Test
    void display_of_a_lab_sends_its_svg_as_display_data() {
        // given display(lab);
        Exchange cell = report.exchange("extra", "cells", "display a lab");

        // then
        assertThat(cell.iopub("display_data")).as(cell.describe() + report.context("extra")).hasSize(1);
        assertThat(cell.iopub("display_data").get(0).path("data").path("image/svg+xml").asText())
                .as("mime types: " + fieldNames(cell.iopub("display_data").get(0).path("data"))).contains("<svg");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void re_running_the_cell_that_declares_the_lab_keeps_what_was_built_from_it() {
        // given the first line of chapter 2 ran again, which makes JShell recompile `var home = lab.lan(...)`
        Exchange home = report.exchange("extra", "cells", "home after the rerun");

        // then home is still the LAN (the kernel redefines the recompiled class in place instead of resetting it)
        assertThat(home.status()).as(home.describe()).isEqualTo("ok");
        assertThat(home.result()).as(home.describe()).hasValueSatisfying(text -> assertThat(text).contains("192.168.1.0/24"));
    }

    @Test
    void a_dsl_error_is_one_line_in_the_learners_words_without_our_stack_frames() {
        for (String name : List.of("host outside its lan", "prefix too long")) {
            // given
            Exchange error = report.exchange("extra", "cells", name);

            // then
            assertThat(error.status()).as(name + "\n" + error.describe() + report.context("extra")).isEqualTo("error");
            assertThat(error.traceback()).as(error.describe()).doesNotContain("\tat ").doesNotContain("    at ");
            assertThat(error.tracebackLines()).as(error.traceback()).hasSizeLessThanOrEqualTo(3);
        }
        assertThat(report.exchange("extra", "cells", "host outside its lan").evalue())
                .isEqualTo("192.168.2.5 is not in home (192.168.1.0/24)");
        assertThat(report.exchange("extra", "cells", "prefix too long").evalue())
                .contains("\"10.0.0.0/33\"").contains("prefix length must be 0..32");
    }

    @Test
    void everything_built_before_an_error_is_still_there() {
        // given web was built in the chapter 2 cell, before two failing cells
        Exchange web = report.exchange("extra", "cells", "still there");

        // then
        assertThat(web.status()).as(web.describe() + report.context("extra")).isEqualTo("ok");
        assertThat(web.result()).as(web.describe()).hasValueSatisfying(text -> assertThat(text).contains("web"));
    }

    @Test
    void shift_tab_on_net_lab_shows_the_first_sentence_of_our_javadoc() throws IOException {
        // given the first sentence of Net.lab's Javadoc, read from the source
        String sentence = firstSentenceOfJavadocBefore(
                Jupyter.root().resolve("network/src/main/java/vnetlab/Net.java"), "public static Lab lab(");

        for (String name : List.of("Net.lab(", "Net.lab")) {
            // when
            Exchange inspect = report.exchange("extra", "inspect", name);

            // then
            assertThat(inspect.reply().path("found").asBoolean()).as(name + "\n" + inspect.describe()
                    + report.context("extra")).isTrue();
            assertThat(Exchange.plain(inspect.reply().path("data").path("text/plain").asText()))
                    .as(inspect.describe()).contains("lab(String").contains(sentence);
        }
    }

    @Test
    void tab_completes_our_classes_and_their_constants() {
        assertThat(matches("Net.la")).anySatisfy(m -> assertThat(m).startsWith("lab"));
        assertThat(matches("VIRTUALB")).contains("VIRTUALBOX");
    }

    private List<String> matches(String name) {
        Exchange completion = report.exchange("extra", "complete", name);
        assertThat(completion.status()).as(completion.describe() + report.context("extra")).isEqualTo("ok");
        List<String> all = new ArrayList<>();
        completion.reply().path("matches").forEach(m -> all.add(m.asText()));
        return all;
    }

    private static void cell(ArrayNode cells, String name, String code) {
        cells.addObject().put("name", name).put("code", code);
    }

    /** The first sentence of the Javadoc comment just before {@code declaration}, tags and markup removed. */
    static String firstSentenceOfJavadocBefore(Path source, String declaration) throws IOException {
        String text = Files.readString(source);
        int at = text.indexOf(declaration);
        assertThat(at).as(declaration + " in " + source).isPositive();
        int open = text.lastIndexOf("/**", at);
        String comment = text.substring(open + 3, text.lastIndexOf("*/", at));
        String joined = comment.replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip();
        Matcher sentence = Pattern.compile("^(.*?\\.)(\\s|$)").matcher(joined);
        assertThat(sentence.find()).as(joined).isTrue();
        return sentence.group(1).replaceAll("\\{@\\w+ ([^}]*)}", "$1");
    }
}
