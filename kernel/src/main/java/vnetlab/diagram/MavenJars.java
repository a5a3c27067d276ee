package vnetlab.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds jars of Maven Central artifacts for an optional route: in the local Maven repository when they are there,
 * else downloaded once from Maven Central into a cache folder and checked against Central's SHA-1.
 *
 * <pre>{@code
 * new MavenJars(Path.of(System.getProperty("user.home"), ".cache/vnetlab/jars"))
 *     .jars(List.of("org.webjars.npm:viz.js:2.1.2"))
 * }</pre>
 */
final class MavenJars {
    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    private final Path cache;

    MavenJars(Path cache) {
        this.cache = cache;
    }

    /** The jar files of {@code coordinates} ({@code group:artifact:version}), downloading what is missing. */
    List<Path> jars(List<String> coordinates) throws IOException {
        List<Path> jars = new ArrayList<>();
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository");
        for (String coordinate : coordinates) {
            String path = path(coordinate);
            Path inLocal = local.resolve(path);
            if (Files.isRegularFile(inLocal)) {
                jars.add(inLocal);
                continue;
            }
            Path cached = cache.resolve(path);
            if (!Files.isRegularFile(cached)) {
                download(path, cached);
            }
            jars.add(cached);
        }
        return jars;
    }

    /** The repository path of a {@code group:artifact:version} jar. */
    static String path(String coordinate) {
        String[] p = coordinate.split(":");
        if (p.length != 3) {
            throw new IllegalArgumentException("\"" + coordinate + "\" is not group:artifact:version");
        }
        return p[0].replace('.', '/') + "/" + p[1] + "/" + p[2] + "/" + p[1] + "-" + p[2] + ".jar";
    }

    private static void download(String path, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        URL url = URI.create(CENTRAL + path).toURL();
        try (InputStream in = url.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        String expected;
        try (InputStream in = URI.create(CENTRAL + path + ".sha1").toURL().openStream()) {
            expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+")[0];
        }
        String actual = sha1(part);
        if (!actual.equalsIgnoreCase(expected)) {
            Files.deleteIfExists(part);
            throw new IOException("checksum mismatch for " + path + ": expected " + expected + ", got " + actual);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String sha1(Path file) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-1");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    d.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
