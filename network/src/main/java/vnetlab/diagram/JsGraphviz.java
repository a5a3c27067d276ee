package vnetlab.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The slow pure-Java route for machines without Graphviz: Graphviz 2.40 compiled to JavaScript (viz.js 2.1.2) run by
 * GraalJS in interpreter mode, all from Maven Central, loaded by its own class loader only when first needed (it costs
 * nothing while {@code dot} is installed). The first use fetches about 70 MB of jars (or takes them from
 * {@code ~/.m2}) and starts in a background thread; renders are bounded by a timeout.
 *
 * <pre>{@code
 * var js = new JsGraphviz();
 * js.render("digraph { a -> b }")   // Failed("… starting …") at first, Drawn once ready
 * }</pre>
 */
public final class JsGraphviz implements GraphvizEngine {
    /** System property: set to {@code off} to never use this route. */
    public static final String PROPERTY = "vnetlab.graphviz.js";
    /** The note shown once, with the first picture this route draws. */
    public static final String SLOW_ROUTE = "Drawn by the slower pure-Java Graphviz (viz.js on GraalJS, about 1 s a"
            + " picture); install Graphviz for fast pictures (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew"
            + " install graphviz) and restart the kernel.";
    static final String VIZ = "org.webjars.npm:viz.js:2.1.2";
    static final String VIZ_SCRIPT = "META-INF/resources/webjars/viz.js/2.1.2/full.render.js";

    private final Duration startWait;
    private final Duration renderTimeout;
    private final Path repository;
    private final AtomicBoolean noted = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vnetlab-graphviz-js");
        t.setDaemon(true);
        return t;
    });
    private Future<Js> starting;
    private Js js;

    /** The route with its defaults: wait up to 20 s for the first start, 30 s per render. */
    public JsGraphviz() {
        this(Duration.ofSeconds(20), Duration.ofSeconds(30), MavenJars.localRepository());
    }

    JsGraphviz(Duration startWait, Duration renderTimeout, Path repository) {
        this.startWait = startWait;
        this.renderTimeout = renderTimeout;
        this.repository = repository;
    }

    /** Whether this route may be used ({@code -Dvnetlab.graphviz.js=off} turns it off). */
    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty(PROPERTY, "on"));
    }

    /** The GraalJS line that runs on this JDK: 23.1 on Java 17–20, 24.2 on Java 21 and later (incl. 25). */
    static List<String> artifacts(int javaFeature) {
        String v = javaFeature >= 21 ? "24.2.2" : "23.1.8";
        List<String> a = new ArrayList<>(List.of(
                "org.graalvm.polyglot:polyglot:" + v,
                "org.graalvm.sdk:collections:" + v,
                "org.graalvm.sdk:nativeimage:" + v,
                "org.graalvm.sdk:word:" + v,
                "org.graalvm.truffle:truffle-api:" + v,
                "org.graalvm.regex:regex:" + v,
                "org.graalvm.shadowed:icu4j:" + v,
                "org.graalvm.js:js-language:" + v));
        if (javaFeature >= 21) {
            a.add("org.graalvm.shadowed:xz:" + v);
        }
        a.add(VIZ);
        return a;
    }

    @Override
    public String describe() {
        return "pure-Java Graphviz (viz.js 2.1.2 on GraalJS)";
    }

    /** Starts fetching and loading in the background (idempotent); returns at once. */
    public synchronized void start() {
        if (starting == null) {
            starting = worker.submit(this::load);
        }
    }

    /** Waits up to {@code wait} for the route to be ready; true when it is. */
    public boolean awaitReady(Duration wait) {
        start();
        try {
            js = starting.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    @Override
    public Rendering render(String dot) {
        start();
        if (js == null) {
            try {
                js = starting.get(startWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return new Rendering.Failed("the pure-Java Graphviz is still starting (its first use fetches about"
                        + " 70 MB once), so this diagram is shown as text; run the cell again in a minute. "
                        + Engines.INSTALL_GRAPHVIZ);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Rendering.Failed("drawing was interrupted; run the cell again.");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                return new Rendering.Failed("the pure-Java Graphviz could not start (" + cause.getClass().getSimpleName()
                        + ": " + cause.getMessage() + "). " + Engines.INSTALL_GRAPHVIZ);
            }
        }
        Future<String> svg = worker.submit(() -> js.render(dot));
        try {
            String document = svg.get(renderTimeout.toMillis(), TimeUnit.MILLISECONDS);
            Optional<String> note = noted.compareAndSet(false, true) ? Optional.of(SLOW_ROUTE) : Optional.empty();
            return new Rendering.Drawn(document, describe(), note);
        } catch (TimeoutException e) {
            svg.cancel(true);
            js.cancel();
            synchronized (this) {
                js = null;
                starting = null; // the context is closed: the next render starts a fresh one
            }
            return new Rendering.Failed("the pure-Java Graphviz did not finish within " + renderTimeout.toSeconds()
                    + " s, so this diagram is shown as text; draw a smaller part of the lab.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Rendering.Failed("drawing was interrupted; run the cell again.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
            String message = cause == null ? "unknown error" : String.valueOf(cause.getMessage()).strip();
            int nl = message.indexOf('\n');
            return new Rendering.Failed("Graphviz could not draw this diagram: "
                    + (nl < 0 ? message : message.substring(0, nl)));
        }
    }

    private Js load() throws Exception {
        List<Path> jars = new MavenJars(repository).jars(artifacts(Runtime.version().feature()));
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        if (System.getProperty("polyglotimpl.AttachLibraryFailureAction") == null) {
            // interpreter mode is the point of this route: no warning about the missing optimizing runtime
            System.setProperty("polyglotimpl.AttachLibraryFailureAction", "ignore");
        }
        URLClassLoader loader = new URLClassLoader("vnetlab-graphviz-js", urls, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        String script;
        try (InputStream in = loader.getResourceAsStream(VIZ_SCRIPT)) {
            if (in == null) {
                throw new IOException(VIZ_SCRIPT + " is missing from " + VIZ);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Js(loader, script);
    }

    /** One GraalJS context with viz.js loaded; used from the worker thread only. */
    private static final class Js {
        private final Object context;
        private final Method eval;
        private final Method execute;
        private final Method asString;
        private final Method close;
        private Object render;

        Js(ClassLoader loader, String script) throws ReflectiveOperationException {
            Class<?> contextClass = loader.loadClass("org.graalvm.polyglot.Context");
            Object builder = contextClass.getMethod("newBuilder", String[].class).invoke(null, (Object) new String[] {"js"});
            Method option = builder.getClass().getMethod("option", String.class, String.class);
            option.invoke(builder, "engine.WarnInterpreterOnly", "false");
            context = builder.getClass().getMethod("build").invoke(builder);
            eval = contextClass.getMethod("eval", String.class, CharSequence.class);
            close = contextClass.getMethod("close", boolean.class);
            Class<?> value = loader.loadClass("org.graalvm.polyglot.Value");
            execute = value.getMethod("execute", Object[].class);
            asString = value.getMethod("asString");
            eval.invoke(context, "js", "var Viz = {};");
            eval.invoke(context, "js", script);
            fresh();
        }

        private void fresh() throws ReflectiveOperationException {
            render = eval.invoke(context, "js", "var instance = Viz.Module(); (function (src) { return Viz.render("
                    + "instance, src, {format: 'svg', engine: 'dot', files: [], yInvert: false, nop: 0}); })");
        }

        String render(String dot) throws ReflectiveOperationException {
            try {
                Object result = execute.invoke(render, (Object) new Object[] {dot});
                return (String) asString.invoke(result);
            } catch (InvocationTargetException e) {
                fresh(); // an error can leave the emscripten heap half-used: start a clean instance
                throw e;
            }
        }

        void cancel() {
            try {
                close.invoke(context, true);
            } catch (ReflectiveOperationException ignored) {
                // already closed
            }
        }
    }
}
