package vnetlab.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JavadocTest {
    @Test
    void a_comment_becomes_near_raw_text_with_code_indented() {
        // given a Javadoc comment with an example block and inline tags
        String comment = "/**\n * Creates a {@code Lab} named by {@link Net#lab}.\n *\n * <pre>{@code\n"
                + " * var lab = Net.lab(\"x\");   // works\n * }</pre>\n *\n * @throws IllegalArgumentException when blank\n */";
        // when made plain
        String text = Javadoc.plain(comment);
        // then markers and tags are gone and the code is indented
        assertThat(text).isEqualTo("Creates a Lab named by Net.lab.\n\n    var lab = Net.lab(\"x\");   // works\n\n"
                + "@throws IllegalArgumentException when blank");
    }

    @Test
    void the_scanner_keys_members_by_their_enclosing_type_and_arity() {
        // given a source with a class, a nested record, methods and a field
        String source = "package p;\n/** The outer. */\npublic class Outer {\n"
                + "    /** A constant. */\n    public static final String NAME = \"{\";\n"
                + "    /** Two args. */\n    public int add(int a, java.util.Map<String, Integer> b) { return 0; }\n"
                + "    /** A value. */\n    public record Inner(int x) {\n        /** Inside. */\n        void in() { }\n    }\n"
                + "    /** After. */\n    void after() { }\n}\n";
        Map<String, String> found = new LinkedHashMap<>();
        // when scanned
        JavadocScanner.scan(source, (key, doc) -> found.putIfAbsent(key, Javadoc.plain(doc)));
        // then each declaration is keyed by its owner
        assertThat(found).containsEntry("Outer", "The outer.")
                .containsEntry("Outer.NAME", "A constant.")
                .containsEntry("Outer.add/2", "Two args.")
                .containsEntry("Inner", "A value.")
                .containsEntry("Inner.in/0", "Inside.")
                .containsEntry("Outer.after/0", "After.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Lab Net.lab(String name)                 | Net.lab/1",
            "void Display.updateDisplay(String displayId, Object value) | Display.updateDisplay/2",
            "vnetlab.Net                              | Net",
            "Map<String, Integer> A.m(Map<String, Integer> a) | A.m/1",
            "desk:Lamp                                | desk",
    })
    void a_jshell_signature_gives_the_lookup_key(String signature, String key) {
        // given a signature as JShell prints it
        // when keyed
        // then the key matches the scanner's
        assertThat(Javadocs.key(signature)).isEqualTo(key);
    }
}
