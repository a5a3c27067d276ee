package vnetlab.kernel.magic;

import org.junit.jupiter.api.Test;
import vnetlab.Net;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DotMagicTest {
    private static MagicContext returning(Object value) {
        return new MagicContext() {
            @Override
            public Optional<Object> eval(String code) {
                return Optional.ofNullable(value);
            }

            @Override
            public void println(String line) {
            }
        };
    }

    @Test
    void dot_shows_the_graphviz_source_of_a_labs_diagram() {
        // given a lab
        var lab = Net.lab("dot magic");
        lab.lan("home", "192.168.1.0/24");
        // when %dot runs on it
        Object dot = new DotMagic().run("lab", null, returning(lab));
        // then the value is the DOT text
        assertThat(dot).asString().contains("graph").contains("home");
    }

    @Test
    void dot_of_a_value_without_a_diagram_says_so() {
        // given a number
        // when %dot runs on it
        // then the message names the type
        assertThatThrownBy(() -> new DotMagic().run("42", null, returning(42)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an Integer has no diagram; %dot draws labs, hosts, traces and the other values that show"
                        + " as pictures");
    }

    @Test
    void dot_without_code_asks_for_a_value() {
        // given an empty %dot
        // when it runs
        // then it asks for a value
        assertThatThrownBy(() -> new DotMagic().run("  ", null, returning(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("needs a value to draw, e.g. %dot lab");
    }
}
