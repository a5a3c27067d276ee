package vnetlab.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import vnetlab.kernel.magic.Magic;
import vnetlab.kernel.magic.MagicContext;
import vnetlab.kernel.magic.MagicFailure;
import vnetlab.kernel.magic.Magics;
import vnetlab.kernel.wire.Message;

import vnetlab.model.Warnings;
import vnetlab.sim.Steps;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.UUID;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One learner's session: the Java engine, renderers, magics and the execution counter, answering the requests
 * that need them (execute, complete, inspect, is_complete).
 *
 * <pre>{@code
 * Session.when(Evaluator.start(imports), streams).join().execute(request, kernel)   // execute_reply content
 * }</pre>
 */
final class Session {
    private final Evaluator evaluator;
    private final Renderer renderer;
    private final Magics magics;
    private final OutputStreams streams;
    private final Assistant assistant;
    private int executionCount;
    private String page;
    private final Javadocs javadocs = new Javadocs();
    /** Steps already shown live; their display updates in place instead of showing again. */
    private final Set<Steps> live = Collections.newSetFromMap(new WeakHashMap<>());

    Session(Evaluator evaluator, Renderer renderer, Magics magics, OutputStreams streams) {
        this.evaluator = evaluator;
        this.renderer = renderer;
        this.magics = magics;
        this.streams = streams;
        this.assistant = new Assistant(evaluator);
        // The DSL's warnings (e.g. ports published in host mode are discarded) show under the cell that caused them.
        Warnings.listen(message -> streams.stderr().println("warning: " + message));
    }

    /** The session, once the evaluator (started early, see {@link Evaluator#start}) is ready. */
    static CompletableFuture<Session> when(CompletableFuture<Evaluator> engine, OutputStreams streams) {
        return engine.thenApply(evaluator -> new Session(evaluator, Renderers.create(), Magics.standard(), streams));
    }

    Evaluator evaluator() {
        return evaluator;
    }

    DisplayData render(Object value) {
        return Renderers.render(renderer, value);
    }

    JsonObject execute(Message request, Kernel kernel) {
        JsonObject content = request.content();
        String code = Requests.code(content);
        boolean silent = Requests.silent(content);
        if (Requests.storesHistory(content)) {
            executionCount++;
        }
        int count = executionCount;
        kernel.setOutputParent(request);
        streams.newCell();
        page = null; // a page left by a cell that failed after help(...) is not this cell's
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            kernel.publish(request, "execute_input", input);
        }
        Evaluator.Result result = run(code, kernel);
        streams.flush();
        if (result instanceof Evaluator.Result.Failed failed) {
            return failed(request, kernel, failed.error(), count);
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("execution_count", count);
        if (result instanceof Evaluator.Result.Shown shown && !silent && shown.value() instanceof Steps steps) {
            if (!showLive(steps, kernel)) {
                JsonObject data = Kernel.displayContent(moved(steps));
                data.remove("transient");
                data.addProperty("execution_count", count);
                kernel.publish(request, "execute_result", data);
            }
        } else if (result instanceof Evaluator.Result.Shown shown && !silent) {
            JsonObject data = Kernel.displayContent(render(shown.value()));
            data.remove("transient");
            data.addProperty("execution_count", count);
            kernel.publish(request, "execute_result", data);
        }
        reply.addProperty("status", "ok");
        reply.add("user_expressions", new JsonObject());
        JsonArray payload = new JsonArray();
        if (page != null) {
            payload.add(pagePayload(page));
            page = null;
        }
        reply.add("payload", payload);
        return reply;
    }

    /** A page for Jupyter's pager (the panel that help(x) opens), as an execute_reply payload. */
    private static JsonObject pagePayload(String text) {
        JsonObject data = new JsonObject();
        data.addProperty("text/plain", text);
        JsonObject page = new JsonObject();
        page.addProperty("source", "page");
        page.add("data", data);
        page.addProperty("start", 0);
        return page;
    }

    /** Publishes a failed cell's error and returns the execute_reply content for it. */
    JsonObject failed(Message request, Kernel kernel, CellError error) {
        return failed(request, kernel, error, executionCount);
    }

    private JsonObject failed(Message request, Kernel kernel, CellError error, int count) {
        JsonObject published = errorContent(error);
        kernel.publish(request, "error", published);
        JsonObject reply = new JsonObject();
        reply.addProperty("execution_count", count);
        reply.addProperty("status", "error");
        reply.addProperty("ename", error.name());
        reply.addProperty("evalue", error.value());
        reply.add("traceback", published.get("traceback"));
        return reply;
    }

    /** Puts the documentation of a value in this cell's reply, for the notebook's pager (help(x)). */
    void page(Object value) {
        page = Help.text(value, javadocs);
    }

    void flushOutput() {
        streams.flush();
    }

    /**
     * Shows a trace's steps as a display that later cells update in place ({@code s.next()} redraws it with
     * update_display_data), so an instructor can walk a class through a trace hop by hop in one output.
     */
    private boolean showLive(Steps steps, Kernel kernel) {
        if (!live.add(steps)) {
            return false; // s.next() as a cell's value: the display above already moved, do not show it twice
        }
        String displayId = "steps-" + UUID.randomUUID();
        kernel.publishDisplay("display_data", steps, displayId);
        steps.onChange(moved -> kernel.publishDisplay("update_display_data", moved, displayId));
        return true;
    }

    /**
     * The result of {@code s.next()} once {@code s} is shown: a notebook shows one line pointing at the frame above
     * (which moved in place), a console, which ignores in-place updates, prints the text frame (text/plain).
     */
    static DisplayData moved(Steps steps) {
        DisplayData data = new DisplayData(steps.toString());
        data.putHTML("<p style=\"margin:0;color:#555\">↑ step " + steps.step() + " of " + steps.count()
                + " is shown in the frame above (" + vnetlab.diagram.Html.escape(steps.hop().where()) + ")</p>");
        return data;
    }

    private static JsonObject errorContent(CellError error) {
        JsonObject content = new JsonObject();
        content.addProperty("ename", error.name());
        content.addProperty("evalue", error.value());
        JsonArray traceback = new JsonArray();
        error.traceback().forEach(traceback::add);
        content.add("traceback", traceback);
        return content;
    }

    private Evaluator.Result run(String code, Kernel kernel) {
        List<Magics.Part> parts = Magics.parse(code);
        Evaluator.Result result = new Evaluator.Result.Silent();
        for (Magics.Part part : parts) {
            if (part instanceof Magics.Part.Java java) {
                result = evaluator.eval(java.code(), value -> kernel.publishDisplay("display_data", value, null));
            } else {
                result = runMagic(((Magics.Part.MagicLine) part).call(), kernel);
            }
            if (result instanceof Evaluator.Result.Failed) {
                return result;
            }
        }
        return result;
    }

    private Evaluator.Result runMagic(Magics.Call call, Kernel kernel) {
        Optional<Magic> magic = magics.find(call.name());
        if (magic.isEmpty()) {
            String message = "there is no magic " + (call.cellMagic() ? "%%" : "%") + call.name()
                    + "; the magics are: %" + String.join(", %", magics.names());
            return new Evaluator.Result.Failed(new CellError("UnknownMagic", message,
                    List.of(CellErrors.RED + CellErrors.BOLD + "error: " + CellErrors.RESET + message)));
        }
        MagicContext context = new MagicContext() {
            @Override
            public Optional<Object> eval(String code) {
                Evaluator.Result r = evaluator.eval(code, value -> kernel.publishDisplay("display_data", value, null));
                if (r instanceof Evaluator.Result.Failed failed) {
                    throw new MagicFailure(failed.error());
                }
                return r instanceof Evaluator.Result.Shown shown ? Optional.of(shown.value()) : Optional.empty();
            }

            @Override
            public void println(String line) {
                System.out.println(line);
            }
        };
        try {
            Object value = magic.get().run(call.arguments(), call.body(), context);
            return value == null ? new Evaluator.Result.Silent() : new Evaluator.Result.Shown(value);
        } catch (MagicFailure failure) {
            return new Evaluator.Result.Failed((CellError) failure.error());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Evaluator.Result.Failed(new CellError(e.getClass().getSimpleName(), message,
                    List.of(CellErrors.RED + CellErrors.BOLD + "%" + call.name() + ": " + CellErrors.RESET + message)));
        }
    }

    JsonObject complete(JsonObject content) {
        String code = Requests.code(content);
        return assistant.complete(code, Requests.cursor(content, code));
    }

    JsonObject inspect(JsonObject content) {
        String code = Requests.code(content);
        return assistant.inspect(code, Requests.cursor(content, code));
    }

    JsonObject isComplete(JsonObject content) {
        return assistant.isComplete(Requests.code(content));
    }
}
