package vnetlab.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the Javadoc of our own classes and members for inspect (shift-tab), from the sources packed in the
 * kernel jar under {@code vnetlab-sources/} (JShell only knows the JDK's).
 *
 * <p>The index is built at the first lookup, by a light scan of each source file: a {@code /** ... *}{@code /}
 * comment belongs to the declaration after it, inside the type whose braces enclose it.
 *
 * <pre>{@code
 * javadocs.find("Lab Net.lab(String name)")   // Optional["Creates a lab ..."]
 * }</pre>
 */
final class Javadocs {
    static final String ROOT = "vnetlab-sources/";
    /** A system property naming more source folders to read (path-separated), e.g. test sources. */
    static final String EXTRA_SOURCES = "vnetlab.sources";
    private Map<String, List<String>> index;

    /** The Javadoc for a JShell signature such as {@code "Lab Net.lab(String name)"} or {@code "vnetlab.Net"}. */
    Optional<String> find(String signature) {
        Map<String, List<String>> docs = index();
        String key = key(signature);
        List<String> found = docs.get(key);
        if (found == null && key.contains("/")) {
            found = docs.get(key.substring(0, key.indexOf('/')));
        }
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** "Type.member/arity" for members, "Type" for types, from a JShell signature. */
    static String key(String signature) {
        String s = signature.strip();
        int paren = s.indexOf('(');
        if (paren >= 0) {
            String head = s.substring(0, paren).strip();
            String name = head.substring(head.lastIndexOf(' ') + 1);
            String[] parts = name.split("\\.");
            String member = parts[parts.length - 1];
            String type = parts.length > 1 ? parts[parts.length - 2] : member;
            String params = s.substring(paren + 1, s.lastIndexOf(')') < 0 ? s.length() : s.lastIndexOf(')'));
            return type + "." + member + "/" + arity(params);
        }
        if (s.contains(":")) { // a variable, "x:int"
            return s.substring(0, s.indexOf(':'));
        }
        String name = s.substring(s.lastIndexOf(' ') + 1).replaceAll("<.*", "");
        String[] parts = name.split("\\.");
        // "vnetlab.Net" is a type; "Net.VIRTUALBOX" a field: a field's owner starts upper case, so does a type
        return parts.length > 1 && Character.isUpperCase(parts[parts.length - 2].charAt(0))
                ? parts[parts.length - 2] + "." + parts[parts.length - 1] : parts[parts.length - 1];
    }

    static int arity(String params) {
        if (params.isBlank()) {
            return 0;
        }
        int depth = 0;
        int count = 1;
        for (char c : params.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }

    private synchronized Map<String, List<String>> index() {
        if (index == null) {
            index = new HashMap<>();
            for (String source : sources()) {
                JavadocScanner.scan(source, (key, doc) ->
                        index.computeIfAbsent(key, k -> new ArrayList<>()).add(Javadoc.plain(doc)));
            }
        }
        return index;
    }

    private static List<String> sources() {
        List<String> texts = new ArrayList<>();
        try {
            String extra = System.getProperty(EXTRA_SOURCES, "");
            for (String root : extra.split(java.io.File.pathSeparator)) {
                if (!root.isBlank() && Files.isDirectory(Path.of(root))) {
                    readTree(Path.of(root), texts);
                }
            }
            Enumeration<URL> roots = Javadocs.class.getClassLoader().getResources(ROOT + "vnetlab");
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    readTree(Paths.get(url.toURI()), texts);
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry entry = e.nextElement();
                            if (entry.getName().startsWith(ROOT) && entry.getName().endsWith(".java")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            java.util.logging.Logger.getLogger(Javadocs.class.getName())
                    .warning("cannot read the packed sources for inspect: " + e);
        }
        return texts;
    }

    private static void readTree(Path root, List<String> texts) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }
}
