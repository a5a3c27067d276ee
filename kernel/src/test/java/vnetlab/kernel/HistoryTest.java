package vnetlab.kernel;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTest {
    @TempDir
    Path folder;

    private static JsonObject request(String type, Object... pairs) {
        JsonObject o = new JsonObject();
        o.addProperty("hist_access_type", type);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] instanceof Number n) {
                o.addProperty((String) pairs[i], n);
            } else if (pairs[i + 1] instanceof Boolean b) {
                o.addProperty((String) pairs[i], b);
            } else {
                o.addProperty((String) pairs[i], (String) pairs[i + 1]);
            }
        }
        return o;
    }

    @Test
    void each_kernel_start_is_a_new_session_and_tail_spans_sessions() {
        // given two kernels of the same user, one after the other
        Path file = folder.resolve("vnetlab/history.jsonl");
        History first = new History(file);
        first.add(1, "var lab = Net.lab(\"intro\");");
        History second = new History(file);
        second.add(1, "lab.trace(phone, web, 80)");
        // when asking the second for the last two cells
        JsonObject reply = second.answer(request("tail", "n", 2));
        // then both are there, each under its own session
        assertThat(second.session()).isEqualTo(first.session() + 1);
        assertThat(reply.get("history").toString()).isEqualTo("[[" + first.session()
                + ",1,\"var lab = Net.lab(\\\"intro\\\");\"],[" + second.session() + ",1,\"lab.trace(phone, web, 80)\"]]");
    }

    @Test
    void range_takes_lines_of_one_session_and_search_matches_globs() {
        // given three cells
        History history = new History(folder.resolve("h.jsonl"));
        history.add(1, "6 * 7");
        history.add(2, "1 + 1");
        history.add(3, "6 * 7");
        // when / then
        assertThat(history.answer(request("range", "session", 0, "start", 2, "stop", 3)).get("history").toString())
                .isEqualTo("[[" + history.session() + ",2,\"1 + 1\"]]");
        assertThat(history.answer(request("search", "pattern", "6 * *")).getAsJsonArray("history")).hasSize(2);
        assertThat(history.answer(request("search", "pattern", "6 * *", "unique", true))
                .getAsJsonArray("history")).hasSize(1);
        assertThat(history.answer(request("tail", "n", 1, "output", true)).get("history").toString())
                .isEqualTo("[[" + history.session() + ",3,[\"6 * 7\",null]]]");
    }
}
