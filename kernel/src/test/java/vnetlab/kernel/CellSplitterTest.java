package vnetlab.kernel;

import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellSplitterTest {
    private static JShell shell;
    private static CellSplitter splitter;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
        splitter = new CellSplitter(shell.sourceCodeAnalysis());
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "var x = 1;\\nx + 1\\nx + 2                     | 3",
            "a.b(1)      // note\\nc.d(2)                    | 2",
            "lab.trace(a,\\n   b, 80)                        | 1",
            "new StringBuilder()\\n  .append(1)\\n  .length() | 1",
            "void f() {\\n  int y = 2;\\n}\\nf();          | 2",
            "int a = 1; int b = 2;                          | 2",
            "// only a comment                              | 0",
            "if (true) { }\\nelse { }                        | 1",
            "String s = \"{(\";\\nint k = 1;                 | 2",
            "char c = '{';\\n/* { */ int m = 2;             | 2",
            "int f() {\\n  // }\\n  return 1;\\n}\\nf()          | 2",
    })
    void a_cell_is_cut_into_snippets_at_lines_that_end_a_statement(String cell, int snippets) {
        // given a cell (\n written as \\n in the table)
        String source = cell.replace("\\n", "\n");
        // when split
        List<CellSplitter.Piece> pieces = splitter.split(source);
        // then the count matches
        assertThat(pieces).hasSize(snippets);
    }

    @ParameterizedTest(name = "[{index}] {0} closed={1}")
    @CsvSource(delimiter = '|', value = {
            "x + 1                 | false",
            "x + 1;                | true",
            "x + 1;   // comment   | true",
            "f(\";\")              | false",
            "void f() { }          | true",
            "x /* ; */             | false",
    })
    void a_snippet_is_closed_when_the_learner_ended_it_with_a_semicolon_or_brace(String source, boolean closed) {
        // given a snippet's source
        // when asked
        // then it tells whether output is silenced
        assertThat(CellSplitter.closed(source)).isEqualTo(closed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "x\\n.y()    | true",
            "x\\n  + 1   | true",
            "x\\ny       | false",
            "x\\n\\n// c\\n.y() | true",
            "x\\nelse    | true",
            "x\\nelsewhere() | false",
    })
    void the_next_line_continues_the_snippet_when_it_starts_with_a_connector(String cell, boolean continues) {
        // given a cell whose first line ends a complete expression
        String source = cell.replace("\\n", "\n");
        // when checking the next line
        // then connectors continue the snippet
        assertThat(CellSplitter.continues(source, source.indexOf('\n') + 1)).isEqualTo(continues);
    }

    @Test
    void a_long_method_is_split_in_time_proportional_to_its_length() {
        // given a method of 3,000 lines, then a call
        StringBuilder cell = new StringBuilder("int big() {\n    int total = 0;\n");
        for (int i = 0; i < 3000; i++) {
            cell.append("    total += ").append(i).append(";\n");
        }
        cell.append("    return total;\n}\nbig()");
        // when split
        long start = System.nanoTime();
        List<CellSplitter.Piece> pieces = splitter.split(cell.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        // then two snippets, without JShell analysing the method at each of its lines (that took minutes)
        assertThat(pieces).hasSize(2);
        assertThat(millis).as("milliseconds to split").isLessThan(5_000);
    }
}
