package vnetlab.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestsTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"code\": \"Strin\"}                        | 5",
            "{\"code\": \"Strin\", \"cursor_pos\": -5}      | 0",
            "{\"code\": \"Strin\", \"cursor_pos\": 99999}   | 5",
            "{\"code\": \"Strin\", \"cursor_pos\": 3}       | 3",
            "{\"code\": \"Strin\", \"cursor_pos\": \"x\"}     | 5",
            "{\"code\": \"😀 ab\", \"cursor_pos\": 99}       | 4",
    })
    void the_cursor_is_clamped_into_the_code_and_a_missing_one_means_its_end(String json, int cursor) {
        // given a request
        JsonObject content = new JsonParser().parse(json).getAsJsonObject();
        // when / then
        assertThat(Requests.cursor(content, Requests.code(content))).isEqualTo(cursor);
    }

    @Test
    void code_that_is_not_a_string_is_refused_in_one_line_naming_it() {
        // given code as an object
        JsonObject content = new JsonParser().parse("{\"code\": {\"not\": \"text\"}}").getAsJsonObject();
        // when / then
        assertThatThrownBy(() -> Requests.code(content)).isInstanceOf(Requests.BadRequest.class)
                .hasMessage("the request's \"code\" must be a string (the cell's text), not {\"not\":\"text\"}");
    }
}
