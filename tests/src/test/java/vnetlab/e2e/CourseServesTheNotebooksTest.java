package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's first command for real: {@code ./course --no-browser} starts Jupyter on notebooks/, and Jupyter's own
 * server lists our kernel and starts it, as the browser would when a learner opens a notebook.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseServesTheNotebooksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL = Pattern.compile("(http://(?:localhost|127\\.0\\.0\\.1):\\d+/)\\S*token=([0-9a-f]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Process jupyter;
    private Path log;
    private String base;
    private String token;

    @BeforeAll
    void startTheCourseWithoutABrowser() throws IOException, InterruptedException {
        Jupyter.python();
        Path scratch = Jupyter.scratch("serve-");
        log = scratch.resolve("jupyter.log");
        Map<String, String> env = new HashMap<>(Jupyter.environment(scratch.resolve("none"), scratch));
        env.remove("JUPYTER_PATH");
        ProcessBuilder builder = new ProcessBuilder("bash", Jupyter.root().resolve("course").toString(),
                "--no-browser", "--prefix", scratch.resolve("prefix").toString())
                .directory(Jupyter.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        jupyter = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && jupyter.isAlive()) {
            Matcher url = URL.matcher(Files.readString(log));
            if (url.find()) {
                base = url.group(1);
                token = url.group(2);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("./course --no-browser printed no Jupyter URL with a token within 120 s:\n"
                + Files.readString(log));
    }

    @AfterAll
    void stopJupyter() throws InterruptedException {
        if (jupyter != null) {
            jupyter.destroy();
            if (!jupyter.waitFor(20, TimeUnit.SECONDS)) {
                jupyter.descendants().forEach(ProcessHandle::destroyForcibly);
                jupyter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void jupyter_lists_our_kernel_with_its_display_name() throws Exception {
        // when
        JsonNode specs = get("api/kernelspecs");

        // then
        JsonNode vnetlab = specs.path("kernelspecs").path("vnetlab");
        assertThat(vnetlab.isMissingNode()).as(specs.toPrettyString()).isFalse();
        assertThat(vnetlab.path("spec").path("display_name").asText()).isEqualTo("Java (vnetlab)");
        assertThat(vnetlab.path("spec").path("language").asText()).isEqualTo("java");
    }

    @Test
    void jupyter_serves_the_notebooks_folder() throws Exception {
        // when
        JsonNode root = get("api/contents");

        // then
        assertThat(root.path("type").asText()).as(root.toPrettyString()).isEqualTo("directory");
        try (var files = Files.list(Jupyter.root().resolve("notebooks"))) {
            long notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).count();
            long listed = 0;
            for (JsonNode entry : root.path("content")) {
                listed += entry.path("name").asText().endsWith(".ipynb") ? 1 : 0;
            }
            assertThat(listed).as(root.toPrettyString()).isEqualTo(notebooks);
        }
    }

    @Test
    void a_notebook_page_runs_a_cell_in_our_kernel_through_jupyters_websocket() throws Exception {
        // given a kernel started by Jupyter, as opening a notebook does
        JsonNode kernel = send("POST", "api/kernels", "{\"name\": \"vnetlab\"}");
        String id = kernel.path("id").asText();
        try {
            // when the page sends 1 + 1 over the kernel's websocket
            BrowserChannel channel = new BrowserChannel();
            String ws = base.replaceFirst("^http", "ws") + "api/kernels/" + id + "/channels?token=" + token;
            var socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), channel).get(30, TimeUnit.SECONDS);
            String msgId = UUID.randomUUID().toString();
            socket.sendText(executeRequest(msgId, "1 + 1"), true).get(10, TimeUnit.SECONDS);
            JsonNode result = channel.awaitResult(msgId, Duration.ofSeconds(90));
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");

            // then
            assertThat(result.path("content").path("data").path("text/plain").asText())
                    .as(channel.seen() + "\n" + Files.readString(log)).isEqualTo("2");
        } finally {
            send("DELETE", "api/kernels/" + id, null);
        }
    }

    private static String executeRequest(String msgId, String code) {
        var message = JSON.createObjectNode();
        message.putObject("header").put("msg_id", msgId).put("msg_type", "execute_request")
                .put("username", "learner").put("session", "e2e-page").put("version", "5.3")
                .put("date", Instant.now().toString());
        message.putObject("parent_header");
        message.putObject("metadata");
        message.putObject("content").put("code", code).put("silent", false).put("store_history", true)
                .put("allow_stdin", false).put("stop_on_error", true).putObject("user_expressions");
        message.put("channel", "shell");
        message.putArray("buffers");
        return message.toString();
    }

    /** The page's end of the websocket: keeps every message and hands over the execute_result of a request. */
    private static final class BrowserChannel implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final BlockingQueue<JsonNode> messages =
                new LinkedBlockingQueue<>();
        private final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data,
                                                              boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    seen.add(message.path("channel").asText() + ":" + message.path("header").path("msg_type").asText());
                    messages.add(message);
                } catch (IOException e) {
                    seen.add("unreadable: " + partial);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        JsonNode awaitResult(String msgId, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(200, TimeUnit.MILLISECONDS);
                if (message != null && msgId.equals(message.path("parent_header").path("msg_id").asText())
                        && "execute_result".equals(message.path("header").path("msg_type").asText())) {
                    return message;
                }
            }
            return JSON.createObjectNode();
        }

        String seen() {
            return "messages seen on the websocket: " + seen;
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "token " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
