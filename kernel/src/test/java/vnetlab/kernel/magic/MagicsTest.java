package vnetlab.kernel.magic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MagicsTest {
    @Test
    void a_cell_starting_with_two_percent_signs_is_one_cell_magic() {
        // given a cell magic with arguments and a body
        String cell = "%%time now\nint x = 1;\nx + 1";
        // when parsed
        List<Magics.Part> parts = Magics.parse(cell);
        // then the whole rest of the cell is its body
        assertThat(parts).containsExactly(new Magics.Part.MagicLine(
                new Magics.Call("time", "now", "int x = 1;\nx + 1")));
    }

    @Test
    void line_magics_split_the_java_around_them() {
        // given Java, a line magic, then more Java
        String cell = "int x = 1;\n%time x + 1\nx";
        // when parsed
        List<Magics.Part> parts = Magics.parse(cell);
        // then the parts keep their order
        assertThat(parts).containsExactly(
                new Magics.Part.Java("int x = 1;\n"),
                new Magics.Part.MagicLine(new Magics.Call("time", "x + 1", null)),
                new Magics.Part.Java("x"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"x % 2", "a\\n  % b", "int p = 5 % 3;"})
    void a_percent_sign_inside_java_is_not_a_magic(String cell) {
        // given Java using the remainder operator
        String source = cell.replace("\\n", "\n");
        // when parsed
        List<Magics.Part> parts = Magics.parse(source);
        // then it stays one Java part
        assertThat(parts).containsExactly(new Magics.Part.Java(source));
    }

    @Test
    void registering_two_magics_of_one_name_fails_naming_it() {
        // given the standard magics
        Magics magics = Magics.standard();
        // when a second %time is registered
        // then it fails naming the magic
        assertThatThrownBy(() -> magics.register(new TimeMagic()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a magic named \"time\" is registered already");
    }

    @Test
    void time_runs_the_code_prints_the_wall_time_and_returns_the_value() {
        // given a context that evaluates to a fixed value
        List<String> printed = new ArrayList<>();
        List<String> evaluated = new ArrayList<>();
        MagicContext context = new MagicContext() {
            @Override
            public Optional<Object> eval(String code) {
                evaluated.add(code);
                return Optional.of(42);
            }

            @Override
            public void println(String line) {
                printed.add(line);
            }
        };
        // when %time runs on a line
        Object value = new TimeMagic().run("6 * 7", null, context);
        // then the code ran, the time was printed and the value is returned
        assertThat(evaluated).containsExactly("6 * 7");
        assertThat(printed).singleElement().asString().matches("Wall time: [0-9.]+ (µs|ms|s)");
        assertThat(value).isEqualTo(42);
    }

    @ParameterizedTest(name = "[{index}] {0} ns is {1}")
    @CsvSource({"850000, 850 µs", "12345678, 12.3 ms", "1250000000, 1.25 s"})
    void wall_time_is_formatted_in_the_unit_a_learner_reads(long nanos, String text) {
        // given a duration
        // when formatted
        // then the unit fits
        assertThat(TimeMagic.format(nanos)).isEqualTo(text);
    }
}
