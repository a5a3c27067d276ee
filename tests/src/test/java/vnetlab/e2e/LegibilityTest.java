package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legibility budget computed from Graphviz-shaped SVGs (the browser test checks the same numbers on screen). */
class LegibilityTest {

    private static String svg(String width, String height, String viewBox, String scale, String fontSize) {
        return "<svg width=\"" + width + "\" height=\"" + height + "\" viewBox=\"" + viewBox + "\">"
                + "<g id=\"graph0\" class=\"graph\" transform=\"scale(" + scale + " " + scale + ") rotate(0)\">"
                + "<text font-size=\"" + fontSize + "\">x</text></g></svg>";
    }

    @ParameterizedTest(name = "{0} × {1}, font {4} pt, inside HTML: {5}")
    @CsvSource({
            // width, height, viewBox, scale, font, scalable, shown width, shown height, smallest text
            "600pt, 300pt, 0 0 600 300, 1, 12, true, 767, 383.5, 15.3",   // 800 px shrunk to 767
            "600pt, 300pt, 0 0 600 300, 1, 12, false, 800, 400, 16",    // a bare SVG keeps its size
            "300pt, 150pt, 0 0 300 150, 1, 14, true, 400, 200, 18.7",   // never enlarged
            "2000pt, 800pt, 0 0 2000 800, 1, 14, true, 767, 306.8, 5.4", // a big lab: text too small
            "600pt, 300pt, 0 0 1200 600, 1, 12, true, 767, 383.5, 7.7",   // Graphviz's size= shrinks by the viewBox
    })
    void the_size_on_screen_follows_the_output_width_and_the_svg_s_own_units(String width, String height,
            String viewBox, String scale, String font, boolean scalable, double shownWidth, double shownHeight,
            double text) {
        // when
        Legibility.Size size = Legibility.measure(svg(width, height, viewBox, scale, font), scalable);
        // then
        assertThat(size.width()).isCloseTo(shownWidth, org.assertj.core.data.Offset.offset(0.5));
        assertThat(size.height()).isCloseTo(shownHeight, org.assertj.core.data.Offset.offset(0.5));
        assertThat(size.smallestText()).isCloseTo(text, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void a_picture_over_budget_says_what_breaks_it() {
        // given
        Legibility.Size size = Legibility.measure(svg("2000pt", "1200pt", "0 0 2000 1200", "1", "14"), false);
        // then
        assertThat(size.problems()).containsExactly("1600 px tall (over 600)",
                "2667 px wide: scrolls sideways (over 767)");
    }

    @Test
    void small_text_is_named_with_its_size() {
        // given
        Legibility.Size size = Legibility.measure(svg("2000pt", "800pt", "0 0 2000 800", "1", "14"), true);
        // then
        assertThat(size.problems()).containsExactly("text 5.4 px (under 10)");
    }
}
