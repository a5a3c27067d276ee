package vnetlab.kernel;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RenderersTest {
    private final Renderer renderer = Renderers.create();

    private JsonObject data(Object value) {
        return Kernel.displayContent(Renderers.render(renderer, value)).getAsJsonObject("data");
    }

    @Test
    void every_value_has_text_plain() {
        // given a value of no registered type
        // when rendered
        JsonObject data = data(42);
        // then only text/plain is there
        assertThat(data.keySet()).containsExactly("text/plain");
        assertThat(data.get("text/plain").getAsString()).isEqualTo("42");
    }

    @Test
    void text_holding_an_svg_document_shows_as_the_picture() {
        // given SVG text, as Graphviz writes it
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>";
        // when rendered
        JsonObject data = data(svg);
        // then it is image/svg+xml with a short text fallback
        assertThat(data.get("image/svg+xml").getAsString()).isEqualTo(svg);
        assertThat(data.get("text/plain").getAsString()).isEqualTo("SVG image (61 characters)");
    }

    @Test
    void plain_text_stays_text() {
        // given ordinary text
        // when rendered
        JsonObject data = data("hello <b>");
        // then it is only text/plain
        assertThat(data.keySet()).containsExactly("text/plain");
    }

    @Test
    void a_map_shows_as_an_html_table_with_escaped_cells() {
        // given a map with markup in a value
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("web", "10.0.2.15");
        map.put("note", "<b>");
        // when rendered
        JsonObject data = data(map);
        // then it is a two-column table, escaped, plus text
        assertThat(data.get("text/html").getAsString()).isEqualTo("<table>\n<tr><th>key</th><th>value</th></tr>\n"
                + "<tr><td>web</td><td>10.0.2.15</td></tr>\n<tr><td>note</td><td>&lt;b&gt;</td></tr>\n</table>");
        assertThat(data.get("text/plain").getAsString()).isEqualTo("{web=10.0.2.15, note=<b>}");
    }

    record Hop(String where, int ttl) {
    }

    @Test
    void a_record_shows_as_an_html_table_of_its_components() {
        // given a record
        // when rendered
        JsonObject data = data(new Hop("laptop", 63));
        // then its components are rows
        assertThat(data.get("text/html").getAsString()).isEqualTo("<table>\n<caption>Hop</caption>\n"
                + "<tr><th>where</th><td>laptop</td></tr>\n<tr><th>ttl</th><td>63</td></tr>\n</table>");
    }

    @Test
    void the_courses_own_records_show_the_notation_a_learner_types() {
        // given an address, a record of the model
        // when rendered
        JsonObject data = data(vnetlab.model.Cidr.parse("10.0.1.7/24"));
        // then it is its notation, not a table of its components
        assertThat(data.has("text/html")).isFalse();
        assertThat(data.get("text/plain").getAsString()).isEqualTo("10.0.1.0/24");
    }
}
