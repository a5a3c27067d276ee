package vnetlab.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import vnetlab.kernel.wire.Channels;
import vnetlab.kernel.wire.Message;

import java.io.PrintStream;
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

    /** How long a cell may ignore an interrupt before the kernel leaves it behind and takes a fresh thread. */
    private static final long ABANDON_AFTER_NANOS = 1_500_000_000L;
    /** The cells thread's stack: deep enough for recursive exercises, small enough to overflow in well under 1 s. */
    static final long CELL_STACK_BYTES = 16L * 1024 * 1024;
    private static final java.util.Set<String> ANSWERED_WHILE_BUSY = java.util.Set.of(
            "kernel_info_request", "comm_info_request", "history_request");

    private final Channels channels;
    private final CompletableFuture<Session> session = new CompletableFuture<>();
    private final CompletableFuture<Evaluator> engine;
    private volatile ExecutorService cells;
    private volatile Thread cellThread;
    /** Shell requests that arrived while a cell ran, in arrival order; only the shell thread uses it. */
    private final java.util.ArrayDeque<Message> arrived = new java.util.ArrayDeque<>();
    private volatile long interruptedAt;
    private volatile Message outputParent;
    private volatile boolean restartAfterShutdown;
    private volatile boolean firstReplyLogged;
    private final History history = History.forThisUser();

    /** A kernel answering on the given channels, starting its Java engine now; call {@link #run()}. */
    public Kernel(Channels channels) {
        this(channels, Evaluator.start(StartupImports.LIST));
    }

    /** A kernel answering on the given channels with an engine started earlier; call {@link #run()}. */
    public Kernel(Channels channels, CompletableFuture<Evaluator> engine) {
        this.channels = channels;
        this.engine = engine;
        this.cells = newCellsThread();
    }

    private ExecutorService newCellsThread() {
        return Executors.newSingleThreadExecutor(task -> {
            // learners' code runs on this thread: a known stack size, so that endless recursion fails the same way
            Thread thread = new Thread(null, task, "vnetlab-cells", CELL_STACK_BYTES);
            thread.setDaemon(true);
            cellThread = thread;
            return thread;
        });
    }

    /** Serves requests until a shutdown request; the execution engine starts meanwhile. */
    public void run() {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        KernelLog.configure(System.getenv("VNETLAB_LOG"), originalErr); // the log must not reach the notebook
        OutputStreams streams = new OutputStreams(this::stream);
        System.setOut(streams.stdout());
        System.setErr(streams.stderr());
        // System.in asks the notebook for a line (input_request), or fails in one line where it cannot
        System.setIn(new Stdin(this::readLine));
        interruptOnSigint();
        ParentWatch.start(channels::stop);
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

            @Override
            public void page(Object value) {
                session.join().page(value);
            }

            @Override
            public void clear(boolean wait) {
                streams.flush();
                JsonObject content = new JsonObject();
                content.addProperty("wait", wait);
                Message parent = outputParent;
                channels.publish(parent == null ? Message.orphan("clear_output", content, channels.session())
                        : parent.broadcast("clear_output", content, channels.session()));
            }
        });
        channels.publish(Message.orphan("status", status("starting"), channels.session()));
        Session.when(engine, streams).whenComplete((s, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "the Java engine did not start", failure);
                session.completeExceptionally(failure);
            } else {
                session.complete(s);
            }
        });
        // every thread alive now is the kernel's (sockets, heartbeat, JeroMQ's I/O): learners' interrupts miss them
        vnetlab.kernel.exec.StopCheck.protectAllAlive();
        vnetlab.kernel.exec.StopCheck.protect(Thread.currentThread());
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
                interruptCell();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.fine(() -> "SIGINT stays the JVM's: " + e.getMessage());
        }
    }

    /** Whether the last shutdown request asked for a restart. */
    public boolean restartRequested() {
        return restartAfterShutdown;
    }

    private void onShell(Message request) {
        handleShell(request);
        Message next;
        while ((next = arrived.poll()) != null) {
            handleShell(next);
        }
    }

    private void handleShell(Message request) {
        LOG.info(() -> "shell: " + request.type());
        switch (request.type()) {
            case "execute_request", "complete_request", "inspect_request", "is_complete_request" -> onCells(request);
            default -> answerHere(request);
        }
    }

    /** Interrupts the running cell; when idle, nothing: learners' background threads are not the kernel's to stop. */
    private void interruptCell() {
        if (session.isDone() && !session.isCompletedExceptionally() && session.join().evaluator().interrupt()) {
            interruptedAt = System.nanoTime();
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
                    interruptCell();
                    yield ok();
                }
                case "shutdown_request" -> {
                    JsonElement restart = request.content().get("restart");
                    restartAfterShutdown = restart != null && restart.getAsBoolean();
                    JsonObject content = ok();
                    content.addProperty("restart", restartAfterShutdown);
                    yield content;
                }
                case "history_request" -> history.answer(request.content());
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
        busy(request);
        try {
            interruptedAt = 0;
            Future<JsonObject> answer = cells.submit(() -> answerOnCells(request));
            JsonObject reply = await(answer, request);
            if (reply == null) {
                return; // shutting down while a cell runs: no reply is due
            }
            boolean stops = "error".equals(reply.get("status").getAsString()) && stopsOnError(request);
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

    private void answerAborted(Message request) {
        busy(request);
        JsonObject aborted = new JsonObject();
        aborted.addProperty("status", "aborted");
        channels.reply(request.reply("execute_reply", aborted, channels.session()));
        idle(request);
    }

    private JsonObject answerOnCells(Message request) {
        JsonObject reply;
        try {
            Session s = session.join();
            reply = switch (request.type()) {
                case "execute_request" -> {
                    JsonObject executed = s.execute(request, this);
                    if (executed.has("execution_count") && Requests.storesHistory(request.content())) {
                        history.add(executed.get("execution_count").getAsInt(),
                                request.text("code").orElse(""));
                    }
                    yield executed;
                }
                case "complete_request" -> s.complete(request.content());
                case "inspect_request" -> s.inspect(request.content());
                default -> s.isComplete(request.content());
            };
        } catch (Requests.BadRequest e) {
            LOG.warning(() -> request.type() + " refused: " + e.getMessage());
            reply = errorReply("BadRequest", e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, request.type() + " failed", e);
            reply = errorReply("KernelError", "the kernel could not answer this " + request.type()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                    + "; the session is unchanged, try again or see the kernel's log");
        } finally {
            Thread.interrupted(); // an interrupt meant for the cell ends with it
        }
        return reply;
    }

    /**
     * Waits for the cells thread, whatever interrupts this thread; null when the kernel shuts down meanwhile.
     * Meanwhile shell requests that arrive are answered at once when they need no cell (kernel_info, comm_info,
     * history) and otherwise kept, in arrival order, for their turn. A cell that ignores an interrupt for 1.5 s
     * (stuck inside the JDK) is left behind: the reply says so and the next cell runs on a fresh thread.
     */
    private JsonObject await(Future<JsonObject> answer, Message request) {
        while (channels.running()) {
            try {
                return answer.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | InterruptedException e) {
                Thread.interrupted();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the cells thread failed", e.getCause());
            }
            takeArrivals();
            long since = interruptedAt;
            if (since != 0 && System.nanoTime() - since > ABANDON_AFTER_NANOS && !answer.isDone()) {
                return abandonCell(request);
            }
        }
        return null;
    }

    private void takeArrivals() {
        Optional<Message> next;
        while ((next = channels.nextWaitingShellRequest()).isPresent()) {
            Message waiting = next.get();
            if (ANSWERED_WHILE_BUSY.contains(waiting.type())) {
                answerHere(waiting);
            } else {
                arrived.add(waiting);
            }
        }
    }

    private JsonObject abandonCell(Message request) {
        Thread stuck = cellThread;
        ExecutorService old = cells;
        cells = newCellsThread();
        old.shutdown();
        boolean stillRunning = session.join().evaluator().abandon(stuck);
        LOG.warning(() -> "a cell ignored the interrupt; left thread " + stuck.getName() + " behind ("
                + (stillRunning ? "still running" : "stopped") + ")");
        interruptedAt = 0;
        CellError error = LimitErrors.abandoned(stillRunning);
        if (!"execute_request".equals(request.type())) {
            return errorReply(error.name(), error.value());
        }
        streamsFlush();
        return session.join().failed(request, this, error);
    }

    private void streamsFlush() {
        session.join().flushOutput();
    }

    private static JsonObject errorReply(String name, String value) {
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "error");
        reply.addProperty("ename", name);
        reply.addProperty("evalue", value);
        JsonArray traceback = new JsonArray();
        traceback.add(CellErrors.RED + CellErrors.BOLD + name + ": " + CellErrors.RESET + value);
        reply.add("traceback", traceback);
        return reply;
    }

    /**
     * A line the running cell reads from System.in: asked of the notebook with input_request when the execute
     * request allows stdin.
     */
    private String readLine(String prompt, boolean password) {
        Message parent = outputParent;
        if (parent == null || !Requests.allowsStdin(parent.content())) {
            throw new IllegalStateException("this cell reads System.in, but this notebook client does not take"
                    + " input (its execute request has allow_stdin false); put the value in the cell instead");
        }
        streamsFlush();
        JsonObject content = new JsonObject();
        content.addProperty("prompt", prompt);
        content.addProperty("password", password);
        Optional<Message> reply = channels.requestInput(parent, content, () -> !Thread.currentThread().isInterrupted());
        if (reply.isEmpty()) {
            throw new vnetlab.kernel.exec.CellInterrupted();
        }
        return reply.get().text("value").orElse("");
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
        takeArrivals();
        Message request;
        while ((request = arrived.poll()) != null) {
            if (!"execute_request".equals(request.type())) {
                handleShell(request);
                continue;
            }
            answerAborted(request);
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

    /** Past this many characters a value's text is cut, and its other renderings are dropped. */
    static final int SHOWN_CHARS = 1024 * 1024;

    /** The data and metadata of display data as message content. */
    static JsonObject displayContent(DisplayData data) {
        JsonObject tree = GSON.toJsonTree(data).getAsJsonObject();
        JsonObject content = new JsonObject();
        content.add("data", bounded(tree.has("data") && tree.get("data").isJsonObject()
                ? tree.getAsJsonObject("data") : new JsonObject()));
        content.add("metadata", tree.has("metadata") && tree.get("metadata").isJsonObject()
                ? tree.get("metadata") : new JsonObject());
        JsonElement transients = tree.has("transient") ? tree.get("transient") : tree.get("transientData");
        if (transients != null && transients.isJsonObject()) {
            content.add("transient", transients);
        }
        return content;
    }

    /**
     * A value's renderings within {@link #SHOWN_CHARS}: a longer text/plain is cut with a note saying how long it
     * was; a longer rendering of another type is left out when there is a text to show instead.
     */
    static JsonObject bounded(JsonObject data) {
        JsonObject out = new JsonObject();
        for (var entry : data.entrySet()) {
            JsonElement value = entry.getValue();
            boolean text = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            int length = text ? value.getAsString().length() : 0;
            if (length <= SHOWN_CHARS) {
                out.add(entry.getKey(), value);
            } else if ("text/plain".equals(entry.getKey())) {
                out.addProperty("text/plain", value.getAsString().substring(0, SHOWN_CHARS) + "\n… (the value's text"
                        + " has " + String.format("%,d", length) + " characters; the first "
                        + String.format("%,d", SHOWN_CHARS) + " are shown)");
            } else if (!data.has("text/plain")) {
                out.addProperty(entry.getKey(), value.getAsString());
            }
        }
        return out;
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
