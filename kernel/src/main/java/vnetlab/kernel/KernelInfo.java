package vnetlab.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the kernel says about itself: its name and version, the language, and help links.
 *
 * <pre>{@code
 * KernelInfo.version()   // "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class KernelInfo {
    /** The implementation name in kernel_info and the default kernelspec name. */
    public static final String NAME = "vnetlab";
    /** The name Jupyter shows in its kernel menu. */
    public static final String DISPLAY_NAME = "Java (vnetlab)";
    private static final String VERSION = readVersion();

    private KernelInfo() {
    }

    /** The project version this kernel was built from. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = KernelInfo.class.getResourceAsStream("kernel.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The kernel_info_reply content. */
    static JsonObject content() {
        JsonObject reply = Kernel.ok();
        reply.addProperty("protocol_version", "5.3");
        reply.addProperty("implementation", NAME);
        reply.addProperty("implementation_version", VERSION);
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        language.addProperty("version", Runtime.version().toString());
        language.addProperty("mimetype", "text/x-java");
        language.addProperty("file_extension", ".jshell");
        language.addProperty("pygments_lexer", "java");
        language.addProperty("codemirror_mode", "text/x-java");
        reply.add("language_info", language);
        reply.addProperty("banner", DISPLAY_NAME + " " + VERSION + " on Java " + Runtime.version()
                + ": how virtualization changes networking");
        JsonArray links = new JsonArray();
        courseRoot().ifPresent(root -> {
            links.add(link("vnetlab course (README)", root.resolve("README.md").toUri().toString()));
            links.add(link("Course notebooks", root.resolve("notebooks").toUri().toString()));
        });
        links.add(link("Java API", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature()
                + "/docs/api/"));
        reply.add("help_links", links);
        reply.addProperty("debugger", false);
        return reply;
    }

    /**
     * The checkout the kernel jar was built in ({@code ROOT/kernel/target/vnetlab-kernel.jar}), when its README is
     * there: the course's help links point at the learner's own copy, which works offline.
     */
    static java.util.Optional<java.nio.file.Path> courseRoot() {
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(
                    KernelInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (java.nio.file.Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (java.nio.file.Files.isRegularFile(dir.resolve("README.md"))
                        && java.nio.file.Files.isDirectory(dir.resolve("notebooks"))) {
                    return java.util.Optional.of(dir);
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no local checkout to point at: the Java API link remains
        }
        return java.util.Optional.empty();
    }

    private static JsonObject link(String text, String url) {
        JsonObject link = new JsonObject();
        link.addProperty("text", text);
        link.addProperty("url", url);
        return link;
    }
}
