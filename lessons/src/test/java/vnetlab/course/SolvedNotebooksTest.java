package vnetlab.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolvedNotebooksTest {

    private final SolvedNotebooks solved = new SolvedNotebooks(new Syllabus(List.of(new Chapter(2, "T", "02.ipynb",
            List.of(new Exercise("2.1", 2, "Bridge", "s", "// your code here", "x.Check", List.of(), "", 
                    "var files = vbox.vm(\"files\").bridged();\nfiles\n", List.of()))))));

    @Test
    void an_answer_cell_gets_the_reference_solution_and_other_cells_stay_as_they_were() {
        // given
        String notebook = """
                {"cells": [
                  {"cell_type": "code", "id": "a", "metadata": {"tags": ["exercise:2.1"]}, "source": ["// your code here"],
                   "execution_count": null, "outputs": []},
                  {"cell_type": "code", "id": "b", "metadata": {"tags": ["check:2.1"]}, "source": ["check(\\"2.1\\")"],
                   "execution_count": null, "outputs": []}
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """;

        // when
        String result = solved.solve(notebook);

        // then
        assertThat(result).contains("""
                "source" : [ "var files = vbox.vm(\\"files\\").bridged();\\n", "files" ]""")
                .contains("""
                "source" : [ "check(\\"2.1\\")" ]""");
    }

    @Test
    void a_cell_naming_an_unknown_exercise_is_refused() {
        // given
        String notebook = """
                {"cells": [{"cell_type": "code", "metadata": {"tags": ["exercise:9.9"]}, "source": []}]}
                """;

        // then
        assertThatThrownBy(() -> solved.solve(notebook))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A cell is tagged exercise:9.9, but the course has no exercise 9.9");
    }
}
