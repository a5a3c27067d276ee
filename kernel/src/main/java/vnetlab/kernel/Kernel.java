package vnetlab.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import vnetlab.kernel.wire.Channels;
import vnetlab.kernel.wire.Message;

import java.io.PrintStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jupyter side of the kernel: answers each request type and publishes busy/idle around every request.
 * Shell requests are answered one after the other, as ipykernel does; learners' code runs on the "vnetlab-cells"
 * thread (never on the shell thread), while the control thread stays free for interrupts and shutdown.
 *
 * <pre>{@code
 * new Kernel(Channels.bind(connection, session)).run();   // returns after shutdown_request
 * }</pre>
 */
public final class Kernel {
    private static final Logger LOG = Logger.getLogger(Kernel.class.getName());
    private static final Gson GSON = new Gson();
    private static final int WARM_UP_CELLS = 40;

    private final Channels channels;
    private final CompletableFuture<Session> session = new CompletableFuture<>();
    private final CompletableFuture<Evaluator> engine;
    private final ExecutorService cells;
    private volatile Message outputParent;
    private volatile boolean restartAfterShutdown;
    private volatile Failure lastFailure;
    private volatile boolean firstReplyLogged;

    /** A kernel answering on the given channels, starting its Java engine now; call {@link #run()}. */
    public Kernel(Channels channels) {
        this(channels, Evaluator.start(StartupImports.LIST));
    }

    /** A kernel answering on the given channels with an engine started earlier; call {@link #run()}. */
    public Kernel(Channels channels, CompletableFuture<Evaluator> engine) {
        this.channels = channels;
        this.engine = engine;
        this.cells = Executors.newSingleThreadExecutor(task -> {
            // learners' code runs on this thread: a deep stack for recursive exercises
            Thread thread = new Thread(null, task, "vnetlab-cells", 64L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Serves requests until a shutdown request; the execution engine warms up meanwhile. */
    public void run() {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        KernelLog.configure(System.getenv("VNETLAB_LOG"), originalErr); // the log must not reach the notebook
        OutputStreams streams = new OutputStreams(this::stream);
        System.setOut(streams.stdout());
        System.setErr(streams.stderr());
        // no console behind a notebook: reading System.in ends at once instead of blocking the cell for good
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        interruptOnSigint();
        Display.install(new Display.Sink() {
            @Override
            public void show(Object value, String displayId) {
                streams.flush();
                publishDisplay("display_data", value, displayId);
            }

            @Override
            public void update(String displayId, Object value) {
                streams.flush();
                publishDisplay("update_display_data", value, displayId);
            }
        });
        channels.publish(Message.orphan("status", status("starting"), channels.session()));
        Session.when(engine, streams).whenComplete((s, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "the Java engine did not start", failure);
                session.completeExceptionally(failure);
            } else {
                session.complete(s);
                warmUpWhenIdle(s, WARM_UP_CELLS);
            }
        });
        channels.serve(this::onShell, this::onControl);
        streams.close();
        System.setOut(originalOut);
        System.setErr(originalErr);
        channels.close();
    }

    /**
     * Treats SIGINT as an interrupt of the running cell (interrupt_mode "signal", or Ctrl-C in the terminal that
     * started Jupyter) instead of letting it end the JVM and every object the learner built.
     */
    private void interruptOnSigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                if (session.isDone() && !session.isCompletedExceptionally()) {
                    session.join().evaluator().interrupt();
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.fine(() -> "SIGINT stays the JVM's: " + e.getMessage());
        }
    }

    /**
     * Evaluates throw-away cells on the cells thread, one at a time and each queued behind whatever the learner
     * already sent, until javac inside JShell is compiled by the JIT: a cell's round trip falls from about 13 ms
     * to about 4 ms over the first few dozen cells (docs/performance.md, Kernel).
     */
    private void warmUpWhenIdle(Session s, int remaining) {
        if (remaining <= 0 || !channels.running()) {
            return;
        }
        cells.execute(() -> {
            s.evaluator().warmUp();
            warmUpWhenIdle(s, remaining - 1);
        });
    }

    /** Whether the last shutdown request asked for a restart. */
    public boolean restartRequested() {
        return restartAfterShutdown;
    }

    private void onShell(Message request) {
        LOG.info(() -> "shell: " + request.type());
        switch (request.type()) {
            case "execute_request", "complete_request", "inspect_request", "is_complete_request" -> onCells(request);
            default -> answerHere(request);
        }
    }

    private void onControl(Message request) {
        LOG.info(() -> "control: " + request.type());
        answerHere(request);
    }

    /** Requests the protocol thread answers itself: none of them waits for a cell. */
    private void answerHere(Message request) {
        busy(request);
        try {
            JsonObject reply = switch (request.type()) {
                case "kernel_info_request" -> KernelInfo.content();
                case "interrupt_request" -> {
                    if (session.isDone() && !session.isCompletedExceptionally()) {
                        session.join().evaluator().interrupt();
                    }
                    yield ok();
                }
                case "shutdown_request" -> {
                    JsonElement restart = request.content().get("restart");
                    restartAfterShutdown = restart != null && restart.getAsBoolean();
                    JsonObject content = ok();
                    content.addProperty("restart", restartAfterShutdown);
                    yield content;
                }
                case "history_request" -> {
                    JsonObject content = ok();
                    content.add("history", new JsonArray());
                    yield content;
                }
                case "comm_info_request" -> {
                    JsonObject content = ok();
                    content.add("comms", new JsonObject());
                    yield content;
                }
                default -> null;
            };
            if (reply == null) {
                if (request.type().startsWith("comm_")) { // widgets: no comm targets here, and no reply is due
                    LOG.info(() -> "ignored " + request.type() + ": this kernel has no comm targets");
                } else {
                    LOG.warning("ignored a request of unknown type \"" + request.type() + "\"");
                }
                return;
            }
            String type = request.type().replace("_request", "_reply");
            Message message = request.reply(type, reply, channels.session());
            if (!firstReplyLogged) {
                firstReplyLogged = true;
                LOG.info(() -> "first " + type + " at JVM uptime "
                        + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            }
            if (channels.onControlThread()) {
                channels.replyOnControl(message);
            } else {
                channels.reply(message);
            }
        } finally {
            idle(request);
            if ("shutdown_request".equals(request.type())) {
                channels.stop();
            }
        }
    }

    /** A request that needs the Java engine: computed on the cells thread, answered from the shell thread. */
    private void onCells(Message request) {
        if (sentBeforeTheLastFailure(request)) {
            answerAborted(request);
            return;
        }
        busy(request);
        try {
            Future<JsonObject> answer = cells.submit(() -> answerOnCells(request));
            JsonObject reply = await(answer);
            if (reply == null) {
                return; // shutting down while a cell runs: no reply is due
            }
            boolean stops = "error".equals(reply.get("status").getAsString()) && stopsOnError(request);
            if (stops) {
                // recorded before the reply leaves: what the client sends once it has seen the error must run
                lastFailure = new Failure(sessionOf(request), Instant.now());
            }
            channels.reply(request.reply(request.type().replace("_request", "_reply"), reply, channels.session()));
            if (stops) {
                abortWaitingCells(); // after the failed cell's reply: replies stay in request order
            }
        } finally {
            if (channels.running()) {
                idle(request);
            }
        }
    }

    /**
     * Whether an execute request was sent (header date, same client session) before the last failed cell's reply.
     * Run All's later cells may reach the socket only after the first one failed, when the socket holds nothing yet.
     */
    private boolean sentBeforeTheLastFailure(Message request) {
        Failure failure = lastFailure;
        if (failure == null || !"execute_request".equals(request.type()) || !request.header().has("date")
                || !failure.session().equals(sessionOf(request))) {
            return false;
        }
        try {
            return OffsetDateTime.parse(request.header().get("date").getAsString()).toInstant().isBefore(failure.at());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String sessionOf(Message request) {
        return request.header().has("session") ? request.header().get("session").getAsString() : "";
    }

    private void answerAborted(Message request) {
        busy(request);
        JsonObject aborted = new JsonObject();
        aborted.addProperty("status", "aborted");
        channels.reply(request.reply("execute_reply", aborted, channels.session()));
        idle(request);
    }

    /** A failed cell whose stop_on_error also stops the cells sent before its reply: its client session and time. */
    private record Failure(String session, Instant at) {
    }

    private JsonObject answerOnCells(Message request) {
        JsonObject reply;
        try {
            Session s = session.join();
            reply = switch (request.type()) {
                case "execute_request" -> s.execute(request, this);
                case "complete_request" -> s.complete(request.content());
                case "inspect_request" -> s.inspect(request.content());
                default -> s.isComplete(request.content());
            };
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, request.type() + " failed", e);
            reply = new JsonObject();
            reply.addProperty("status", "error");
            reply.addProperty("ename", e.getClass().getSimpleName());
            reply.addProperty("evalue", String.valueOf(e.getMessage()));
            reply.add("traceback", new JsonArray());
        } finally {
            Thread.interrupted(); // an interrupt meant for the cell ends with it
        }
        return reply;
    }

    /** Waits for the cells thread, whatever interrupts this thread; null when the kernel shuts down meanwhile. */
    private JsonObject await(Future<JsonObject> answer) {
        while (channels.running()) {
            try {
                return answer.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | InterruptedException e) {
                Thread.interrupted();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the cells thread failed", e.getCause());
            }
        }
        return null;
    }

    private static boolean stopsOnError(Message request) {
        JsonElement stop = request.content().get("stop_on_error");
        return "execute_request".equals(request.type()) && (stop == null || stop.getAsBoolean());
    }

    /**
     * After a failed cell, the execute requests already waiting behind it (a "Run all") are answered "aborted"
     * instead of running on a state the failure left incomplete, as ipykernel does. Other requests are answered.
     */
    private void abortWaitingCells() {
        Optional<Message> next;
        while ((next = channels.nextWaitingShellRequest()).isPresent()) {
            Message request = next.get();
            if (!"execute_request".equals(request.type())) {
                onShell(request);
                continue;
            }
            busy(request);
            JsonObject aborted = new JsonObject();
            aborted.addProperty("status", "aborted");
            channels.reply(request.reply("execute_reply", aborted, channels.session()));
            idle(request);
        }
    }

    void publish(Message parent, String type, JsonObject content) {
        channels.publish(parent.broadcast(type, content, channels.session()));
    }

    void setOutputParent(Message parent) {
        outputParent = parent;
    }

    private void stream(String name, String text) {
        Message parent = outputParent;
        JsonObject content = new JsonObject();
        content.addProperty("name", name);
        content.addProperty("text", text);
        if (parent == null) {
            channels.publish(Message.orphan("stream", content, channels.session()));
        } else {
            publish(parent, "stream", content);
        }
    }

    void publishDisplay(String type, Object value, String displayId) {
        Message parent = outputParent;
        DisplayData data = session.join().render(value);
        JsonObject content = displayContent(data);
        JsonObject transients = content.has("transient") ? content.getAsJsonObject("transient") : new JsonObject();
        if (displayId != null) {
            transients.addProperty("display_id", displayId);
        }
        content.add("transient", transients);
        if (parent == null) {
            channels.publish(Message.orphan(type, content, channels.session()));
        } else {
            publish(parent, type, content);
        }
    }

    /** The data and metadata of display data as message content. */
    static JsonObject displayContent(DisplayData data) {
        JsonObject tree = GSON.toJsonTree(data).getAsJsonObject();
        JsonObject content = new JsonObject();
        content.add("data", tree.has("data") ? tree.get("data") : new JsonObject());
        content.add("metadata", tree.has("metadata") && tree.get("metadata").isJsonObject()
                ? tree.get("metadata") : new JsonObject());
        JsonElement transients = tree.has("transient") ? tree.get("transient") : tree.get("transientData");
        if (transients != null && transients.isJsonObject()) {
            content.add("transient", transients);
        }
        return content;
    }

    private void busy(Message request) {
        publish(request, "status", status("busy"));
    }

    private void idle(Message request) {
        publish(request, "status", status("idle"));
    }

    private static JsonObject status(String state) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        return content;
    }

    static JsonObject ok() {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        return content;
    }
}
