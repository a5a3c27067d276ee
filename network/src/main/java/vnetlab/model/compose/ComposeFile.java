package vnetlab.model.compose;

import java.util.List;
import java.util.Optional;

/**
 * A Compose file read and checked: its project, networks and services (in start order), and one warning per key it
 * ignores. Reading touches no lab; {@code docker.compose(...)} builds it.
 *
 * <pre>{@code
 * ComposeFile f = ComposeFile.read("name: shop\nservices:\n  web:\n    image: nginx\n", "compose.yaml", "app");
 * f.project()            // shop
 * f.services().get(0).containerName()   // shop-web-1
 * }</pre>
 *
 * @param project  the project name ({@code name:}, else the folder's name)
 * @param networks the networks the services use, in the order Compose creates them
 * @param services the services in start order (depends_on first, then file order)
 * @param warnings one line per ignored key, with file, line and column
 */
public record ComposeFile(String project, List<ComposeNetwork> networks, List<ComposeService> services, List<String> warnings) {
    /** Copies the lists. */
    public ComposeFile {
        networks = List.copyOf(networks);
        services = List.copyOf(services);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads and checks a Compose file.
     *
     * @param text           the YAML
     * @param source         the file name messages quote
     * @param defaultProject the project name when the file has no {@code name:}
     * @throws ImportProblem at the first problem, naming file, line, column and the fix
     */
    public static ComposeFile read(String text, String source, String defaultProject) {
        return new ComposeReader(source, defaultProject).read(text);
    }

    /** The network of this key. */
    public Optional<ComposeNetwork> network(String key) {
        return networks.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    /** The service of this name. */
    public Optional<ComposeService> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
