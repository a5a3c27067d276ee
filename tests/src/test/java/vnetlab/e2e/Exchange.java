package vnetlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One request as the driver saw it: the reply and the iopub messages whose parent it was.
 *
 * <pre>{@code
 * Exchange use = report.exchange("execute", "use");
 * assertThat(use.result()).as(use.describe()).contains("42");
 * }</pre>
 */
record Exchange(JsonNode json) {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    /** The exchange as the driver reported it, for fields beyond the reply. */
    JsonNode node() {
        return json;
    }

    /** Whether the kernel answered the request at all. */
    boolean replied() {
        return json.path("replied").asBoolean(false);
    }

    /** The reply's content (a missing node when there was no reply). */
    JsonNode reply() {
        return json.path("reply");
    }

    /** The reply's {@code status}: ok, error or aborted. */
    String status() {
        return reply().path("status").asText("(no reply)");
    }

    /** Seconds from sending the request (or the interrupt) to its reply. */
    double seconds() {
        return json.path("seconds").asDouble();
    }

    /** The execution states published on iopub for this request, in order. */
    List<String> statuses() {
        List<String> states = new ArrayList<>();
        json.path("statuses").forEach(s -> states.add(s.asText()));
        return states;
    }

    /** The iopub messages of one type (display_data, stream, error …), as their contents. */
    List<JsonNode> iopub(String msgType) {
        List<JsonNode> found = new ArrayList<>();
        json.path("iopub").forEach(m -> {
            if (msgType.equals(m.path("msg_type").asText())) {
                found.add(m.path("content"));
            }
        });
        return found;
    }

    /** The execute_result's text/plain, if the cell had a result. */
    Optional<String> result() {
        return iopub("execute_result").stream().map(c -> c.path("data").path("text/plain").asText()).findFirst();
    }

    /** The execute_result's data bundle (mime type → value), or an empty node. */
    JsonNode resultData() {
        return iopub("execute_result").stream().map(c -> c.path("data")).findFirst()
                .orElse(MissingNode.getInstance());
    }

    /** Everything printed on one stream (stdout or stderr), joined. */
    String stream(String name) {
        StringBuilder text = new StringBuilder();
        iopub("stream").stream().filter(c -> name.equals(c.path("name").asText()))
                .forEach(c -> text.append(c.path("text").asText()));
        return text.toString();
    }

    /** The error's name, from the reply or else from the iopub error message. */
    String ename() {
        return errorField("ename");
    }

    /** The error's one-line value. */
    String evalue() {
        return errorField("evalue");
    }

    /** The traceback lines as sent, colours included. */
    List<String> tracebackLines() {
        List<String> lines = new ArrayList<>();
        JsonNode traceback = reply().has("traceback") ? reply().path("traceback")
                : iopub("error").stream().map(c -> c.path("traceback")).findFirst().orElse(reply().path("traceback"));
        traceback.forEach(l -> lines.addAll(List.of(l.asText().split("\n", -1))));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** The traceback as a learner reads it: lines joined, colours removed. */
    String traceback() {
        return plain(String.join("\n", tracebackLines()));
    }

    /** All a learner sees of this cell: streams, results, displays and the error, colours removed. */
    String visibleText() {
        StringBuilder text = new StringBuilder();
        json.path("iopub").forEach(m -> {
            JsonNode c = m.path("content");
            switch (m.path("msg_type").asText()) {
                case "stream" -> text.append(c.path("text").asText());
                case "execute_result", "display_data", "update_display_data" ->
                        text.append(c.path("data").path("text/plain").asText()).append('\n');
                case "error" -> c.path("traceback").forEach(l -> text.append(l.asText()).append('\n'));
                default -> { }
            }
        });
        if (!json.path("iopub").toString().contains("\"error\"")) {
            reply().path("traceback").forEach(l -> text.append(l.asText()).append('\n'));
        }
        return plain(text.toString());
    }

    /** The exchange as JSON, for an assertion's description. */
    String describe() {
        return json.toPrettyString();
    }

    static String plain(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    private String errorField(String field) {
        if (reply().has(field)) {
            return reply().path(field).asText();
        }
        return iopub("error").stream().map(c -> c.path(field).asText()).findFirst().orElse("");
    }
}
