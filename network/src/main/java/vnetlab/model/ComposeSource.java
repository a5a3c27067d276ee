package vnetlab.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a Compose file or a set of manifests comes from: a path (read now) or the YAML itself.
 *
 * @param text           the YAML
 * @param name           the name messages quote: the file's name, or {@code compose.yaml} for text
 * @param defaultProject the project name without {@code name:}: the folder's name (as Compose takes it), or
 *                       {@code app} for text
 */
record ComposeSource(String text, String name, String defaultProject) {
    static final long MAX_BYTES = 4L * 1024 * 1024;

    static ComposeSource of(String pathOrText) {
        return of(pathOrText, "compose.yaml", "a Compose file", "docker.compose(\"compose.yaml\")");
    }

    static ComposeSource of(String pathOrText, String textName, String what, String example) {
        if (pathOrText == null || pathOrText.isBlank()) {
            throw new IllegalArgumentException("give " + what + "'s path or its YAML, e.g. " + example);
        }
        boolean oneLine = pathOrText.strip().indexOf('\n') < 0;
        boolean looksLikePath = oneLine && !pathOrText.contains(": ") && !pathOrText.strip().startsWith("{");
        if (!looksLikePath) {
            return new ComposeSource(pathOrText, textName, "app");
        }
        Path file = Path.of(pathOrText.strip());
        if (Files.isDirectory(file)) {
            for (String candidate : new String[] {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
                if (Files.isRegularFile(file.resolve(candidate))) {
                    return read(file.resolve(candidate));
                }
            }
            throw new IllegalArgumentException("folder " + file + " has no compose.yaml (nor compose.yml, docker-compose.yaml, "
                    + "docker-compose.yml); give the file's path");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no file " + file.toAbsolutePath() + "; check the name and the folder, "
                    + "or pass the YAML itself");
        }
        return read(file);
    }

    private static ComposeSource read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + " is larger than 4 MiB; that is not a Compose file or manifest");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path dir = file.toAbsolutePath().getParent();
            String folder = dir == null || dir.getFileName() == null ? "app" : dir.getFileName().toString();
            return new ComposeSource(text, file.getFileName().toString(), projectName(folder));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Compose's normalisation of a folder name into a project name: lowercase, only a-z 0-9 - _. */
    static String projectName(String folder) {
        String p = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        while (!p.isEmpty() && !Character.isLetterOrDigit(p.charAt(0))) {
            p = p.substring(1);
        }
        return p.isEmpty() ? "app" : p;
    }
}
