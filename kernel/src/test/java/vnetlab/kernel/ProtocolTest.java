package vnetlab.kernel;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnetlab.kernel.wire.Channels;
import vnetlab.kernel.wire.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The kernel driven over real ZeroMQ sockets in this JVM: protocol hygiene, interrupts, stray output. */
class ProtocolTest {
    private static ProtocolClient client;
    private static Thread kernelThread;

    @BeforeAll
    static void startKernel() {
        var connection = ProtocolClient.freshConnection();
        Kernel kernel = new Kernel(Channels.bind(connection, "kernel-session"));
        kernelThread = new Thread(kernel::run, "test-kernel");
        kernelThread.start();
        client = new ProtocolClient(connection);
        // wait until iopub is subscribed (a SUB socket misses what was sent before it joined)
        for (int i = 0; i < 100; i++) {
            Message request = client.sendShell(client.request("kernel_info_request", new JsonObject()));
            client.shellReply(5000);
            if (!client.iopubUntilIdle(request, 200).isEmpty()) {
                break;
            }
        }
    }

    @AfterAll
    static void stopKernel() throws InterruptedException {
        client.sendControl(client.request("shutdown_request", new JsonObject()));
        client.controlReply(5000);
        kernelThread.join(5000);
        client.close();
    }

    private static JsonObject code(String code) {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        content.addProperty("silent", false);
        return content;
    }

    private static List<String> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }

    @Test
    void kernel_info_names_our_implementation_and_is_framed_by_busy_and_idle() {
        // given a kernel_info request
        Message request = client.sendShell(client.request("kernel_info_request", new JsonObject()));
        // when the kernel answers
        Message reply = client.shellReply(5000).orElseThrow();
        List<Message> iopub = client.iopubUntilIdle(request, 5000);
        // then the reply describes vnetlab and java, between busy and idle
        JsonObject content = reply.content();
        assertThat(content.get("implementation").getAsString()).isEqualTo("vnetlab");
        JsonObject language = content.getAsJsonObject("language_info");
        assertThat(language.get("name").getAsString()).isEqualTo("java");
        assertThat(language.get("file_extension").getAsString()).isEqualTo(".jshell");
        assertThat(language.get("mimetype").getAsString()).isEqualTo("text/x-java");
        assertThat(language.get("codemirror_mode").getAsString()).isEqualTo("text/x-java");
        assertThat(content.getAsJsonArray("help_links")).isNotEmpty();
        assertThat(types(iopub)).containsExactly("status", "status");
        assertThat(iopub.get(0).content().get("execution_state").getAsString()).isEqualTo("busy");
    }

    @Test
    void an_execute_publishes_input_result_and_replies_ok() {
        // given a cell
        Message request = client.sendShell(client.request("execute_request", code("6 * 7")));
        // when it runs
        Message reply = client.shellReply(10000).orElseThrow();
        List<Message> iopub = client.iopubUntilIdle(request, 10000);
        // then the result is published as text/plain and the reply is ok
        assertThat(reply.content().get("status").getAsString()).isEqualTo("ok");
        assertThat(types(iopub)).containsExactly("status", "execute_input", "execute_result", "status");
        assertThat(iopub.get(2).content().getAsJsonObject("data").get("text/plain").getAsString()).isEqualTo("42");
    }

    @Test
    void a_message_with_a_bad_signature_is_ignored_and_the_kernel_stays_up() {
        // given a request whose signature was forged
        List<byte[]> frames = client.framesOf(client.request("kernel_info_request", new JsonObject()));
        int signature = frames.indexOf(frames.stream().filter(f -> new String(f, StandardCharsets.UTF_8)
                .equals("<IDS|MSG>")).findFirst().orElseThrow()) + 1;
        frames.set(signature, ProtocolClient.utf8("0".repeat(64)));
        // when it is sent
        client.sendShellFrames(frames);
        // then there is no reply, and the next good request is answered
        assertThat(client.shellReply(300)).isEmpty();
        client.sendShell(client.request("kernel_info_request", new JsonObject()));
        assertThat(client.shellReply(5000)).isPresent();
    }

    @Test
    void an_unknown_message_type_gets_busy_and_idle_and_kills_nothing() {
        // given a request of a type the kernel does not know
        Message request = client.sendShell(client.request("teleport_request", new JsonObject()));
        // when it is handled
        List<Message> iopub = client.iopubUntilIdle(request, 5000);
        // then it is framed by busy/idle and the kernel still answers
        assertThat(types(iopub)).containsExactly("status", "status");
        client.sendShell(client.request("kernel_info_request", new JsonObject()));
        assertThat(client.shellReply(5000)).isPresent();
    }

    @Test
    void an_interrupt_on_control_stops_an_infinite_loop_within_two_seconds() {
        // given a cell that never ends
        client.sendShell(client.request("execute_request", code("int before = 5;")));
        client.shellReply(10000).orElseThrow();
        Message loop = client.sendShell(client.request("execute_request", code("while (true) {}")));
        sleep(300);
        long start = System.nanoTime();
        // when the client interrupts on the control channel
        client.sendControl(client.request("interrupt_request", new JsonObject()));
        Optional<Message> interruptReply = client.controlReply(2000);
        Optional<Message> executeReply = client.shellReply(2000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // then the cell ends with an error within 2 s, and state is kept
        assertThat(interruptReply).isPresent();
        assertThat(executeReply.orElseThrow().content().get("ename").getAsString()).isEqualTo("Interrupted");
        assertThat(millis).isLessThan(2000);
        client.iopubUntilIdle(loop, 5000); // what is sent after the failed cell's idle runs
        Message check = client.sendShell(client.request("execute_request", code("before")));
        client.shellReply(10000).orElseThrow();
        List<Message> iopub = client.iopubUntilIdle(check, 10000);
        assertThat(iopub.get(2).content().getAsJsonObject("data").get("text/plain").getAsString()).isEqualTo("5");
    }

    @Test
    void output_printed_by_a_thread_after_its_cell_ended_still_reaches_the_notebook() {
        // given a cell that starts a thread printing later
        Message request = client.sendShell(client.request("execute_request", code(
                "new Thread(() -> { try { Thread.sleep(200); } catch (InterruptedException e) { }"
                        + " System.out.println(\"late news\"); }).start();")));
        client.shellReply(10000).orElseThrow();
        client.iopubUntilIdle(request, 10000);
        // when the thread prints after the cell's idle
        Optional<Message> stream = Optional.empty();
        long deadline = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < deadline) {
            Optional<Message> m = client.iopub(500);
            if (m.isPresent() && m.get().type().equals("stream")) {
                stream = m;
                break;
            }
        }
        // then the text arrives as a stream message attached to that cell
        assertThat(stream).isPresent();
        assertThat(stream.get().content().get("text").getAsString()).isEqualTo("late news\n");
        assertThat(ProtocolClient.parentId(stream.get())).isEqualTo(request.id());
    }

    @Test
    void display_and_update_display_send_display_data_with_one_display_id() {
        // given a cell that displays a value and then updates it
        Message request = client.sendShell(client.request("execute_request",
                code("var id = display(\"first\");\nupdateDisplay(id, \"second\");")));
        client.shellReply(10000).orElseThrow();
        // when it runs
        List<Message> iopub = client.iopubUntilIdle(request, 10000);
        // then a display_data and an update_display_data share the display id
        assertThat(types(iopub)).containsExactly("status", "execute_input", "display_data", "update_display_data",
                "status");
        String id = iopub.get(2).content().getAsJsonObject("transient").get("display_id").getAsString();
        assertThat(iopub.get(3).content().getAsJsonObject("transient").get("display_id").getAsString())
                .isEqualTo(id);
        assertThat(iopub.get(3).content().getAsJsonObject("data").get("text/plain").getAsString())
                .isEqualTo("second");
    }

    @Test
    void cells_queued_behind_a_failing_cell_are_aborted_not_run() {
        // given a cell that fails after a moment, and a cell queued behind it
        Message failing = client.sendShell(client.request("execute_request",
                code("Thread.sleep(500);\nthrow new IllegalStateException(\"stop here\");")));
        client.sendShell(client.request("execute_request", code("int neverDefined = 1;")));
        // when both are answered
        Message failed = client.shellReply(10000).orElseThrow();
        Message aborted = client.shellReply(10000).orElseThrow();
        client.iopubUntilIdle(failing, 5000);
        // then the second was aborted and did not run
        assertThat(failed.content().get("status").getAsString()).isEqualTo("error");
        assertThat(aborted.content().get("status").getAsString()).isEqualTo("aborted");
        Message check = client.sendShell(client.request("execute_request", code("neverDefined")));
        assertThat(client.shellReply(10000).orElseThrow().content().get("evalue").getAsString())
                .isEqualTo("neverDefined does not exist yet: run the cell that creates it");
        client.iopubUntilIdle(check, 5000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
