package vnetlab.kernel;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssistantTest {
    private static Evaluator evaluator;
    private static Assistant assistant;

    @BeforeAll
    static void startJShell() {
        System.setProperty(Javadocs.EXTRA_SOURCES, "src/test/java"); // Lamp, our documented stand-in
        evaluator = new Evaluator(List.of("import vnetlab.kernel.*;", "import static vnetlab.kernel.Display.*;"));
        assistant = new Assistant(evaluator);
        evaluator.eval("var desk = Lamp.named(\"desk\");", v -> { });
    }

    @AfterAll
    static void stopJShell() {
        evaluator.close();
    }

    private static List<String> matches(JsonObject reply) {
        List<String> matches = new ArrayList<>();
        reply.getAsJsonArray("matches").forEach(m -> matches.add(m.getAsString()));
        return matches;
    }

    @Test
    void completion_offers_the_methods_of_our_own_classes() {
        // given a partial static call on one of our classes
        String code = "Lamp.na";
        // when completing at the end
        JsonObject reply = assistant.complete(code, code.length());
        // then the method is offered, replacing the typed prefix
        assertThat(matches(reply)).containsExactly("named(");
        assertThat(reply.get("cursor_start").getAsInt()).isEqualTo(5);
        assertThat(reply.get("cursor_end").getAsInt()).isEqualTo(7);
    }

    @Test
    void completion_knows_variables_from_earlier_cells_and_later_snippets_of_the_cell() {
        // given a cell whose second line completes a variable's member
        String code = "int unrelated = 1;\ndesk.bri";
        // when completing at the end
        JsonObject reply = assistant.complete(code, code.length());
        // then the cursor range is measured in the whole cell
        assertThat(matches(reply)).contains("brightness(");
        assertThat(reply.get("cursor_start").getAsInt()).isEqualTo(code.length() - 3);
    }

    @Test
    void completion_counts_cursor_positions_in_code_points() {
        // given a cell with a character outside the BMP before the cursor
        String code = "String s = \"\uD83D\uDE00\"; Lamp.na";
        // when completing at the end, counted in code points as Jupyter does
        int cursor = code.codePointCount(0, code.length());
        JsonObject reply = assistant.complete(code, cursor);
        // then the reply's positions are code points too
        assertThat(reply.get("cursor_end").getAsInt()).isEqualTo(cursor);
        assertThat(reply.get("cursor_start").getAsInt()).isEqualTo(cursor - 2);
    }

    @Test
    void inspect_shows_the_signature_and_our_own_javadoc() {
        // given the cursor on one of our methods
        String code = "Lamp.named(\"x\")";
        // when inspecting
        JsonObject reply = assistant.inspect(code, 7);
        // then the signature and its Javadoc's first sentence and example are shown
        String text = reply.getAsJsonObject("data").get("text/plain").getAsString()
                .replaceAll("\u001B\\[[0-9;]*m", "");
        assertThat(reply.get("found").getAsBoolean()).isTrue();
        assertThat(text).startsWith("Lamp Lamp.named(String name)\nCreates a lamp with a name.");
        assertThat(text).contains("    var desk = Lamp.named(\"desk\");   // works");
    }

    @Test
    void inspect_of_an_instance_method_finds_the_overload_by_arity() {
        // given the cursor on an overloaded method of a variable
        String code = "desk.brightness(50)";
        // when inspecting
        JsonObject reply = assistant.inspect(code, 8);
        // then each overload is shown with its own Javadoc
        String text = reply.getAsJsonObject("data").get("text/plain").getAsString()
                .replaceAll("\u001B\\[[0-9;]*m", "");
        assertThat(text).contains("Lamp Lamp.brightness(int percent)\nSets the brightness in percent.");
        assertThat(text).contains("int Lamp.brightness()\nThe brightness in percent.");
    }

    @Test
    void inspect_of_nothing_known_is_not_found() {
        // given the cursor in a number
        // when inspecting
        JsonObject reply = assistant.inspect("42", 1);
        // then nothing is found
        assertThat(reply.get("found").getAsBoolean()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "1 + 1                              | complete",
            "int x = 1;                         | complete",
            "for (int i = 0; i < 3; i++) {      | incomplete",
            "Lamp.named(                        | incomplete",
            "int x = 1; int y =                 | incomplete",
            "''                                 | complete",
            "%time 1 + 1                        | complete",
            "%%time                             | incomplete",
            "int x = ;                          | invalid",
            "int x = 1; int y = );              | invalid",
            "undefinedMethod()                  | complete",
            "class A { int f() { return 1; } }  | complete",
    })
    void is_complete_tells_whether_a_console_should_run_the_input(String code, String status) {
        // given partial input
        // when asking
        JsonObject reply = assistant.isComplete(code);
        // then the status matches
        assertThat(reply.get("status").getAsString()).isEqualTo(status);
    }

    @Test
    void an_open_block_hints_a_deeper_indent() {
        // given a loop opened on an indented line
        String code = "if (true) {\n    for (int i = 0; i < 3; i++) {";
        // when asking
        JsonObject reply = assistant.isComplete(code);
        // then the next line is indented one level more
        assertThat(reply.get("indent").getAsString()).isEqualTo("        ");
    }
}
