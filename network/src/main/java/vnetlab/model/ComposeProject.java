package vnetlab.model;

import java.util.List;

/**
 * What {@code docker.compose(...)} built: the project, its containers (in start order) and networks, and the
 * warnings for the keys it ignored.
 *
 * <pre>{@code
 * var shop = docker.compose("shop/compose.yaml");
 * shop.container("web").address()   // 172.18.0.3
 * }</pre>
 *
 * @param name       the project name
 * @param containers one container per service, in start order
 * @param networks   the networks its services use
 * @param warnings   one line per ignored key or surprise
 */
public record ComposeProject(String name, List<Container> containers, List<DockerNetwork> networks, List<String> warnings) {
    /** Copies the lists. */
    public ComposeProject {
        containers = List.copyOf(containers);
        networks = List.copyOf(networks);
        warnings = List.copyOf(warnings);
    }

    /**
     * The container of a service (or of a container name).
     *
     * @throws IllegalArgumentException if the project has no such service
     */
    public Container container(String service) {
        return containers.stream().filter(c -> c.composeService().equals(java.util.Optional.of(name + "/" + service))
                || c.name().equals(service)).findFirst().orElseThrow(() -> new IllegalArgumentException("project \"" + name
                        + "\" has no service " + Texts.quote(service) + "; it has " + containers.stream()
                        .map(c -> c.composeService().map(s -> s.substring(name.length() + 1)).orElse(c.name())).toList()));
    }

    /**
     * The network of a key in the file ({@code default}, {@code backend}) or of its Docker name.
     *
     * @throws IllegalArgumentException if the project has no such network
     */
    public DockerNetwork network(String key) {
        return networks.stream().filter(n -> n.name().equals(key) || n.name().equals(name + "_" + key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("project \"" + name + "\" has no network " + Texts.quote(key)
                        + "; it has " + networks.stream().map(DockerNetwork::name).toList()));
    }

    /** {@code project shop: 3 containers (shop-db-1 172.18.0.2, …) on shop_default 172.18.0.0/16}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("project ").append(name).append(": ");
        String sep = "";
        for (Container c : containers) {
            b.append(sep).append(c.name());
            if (c.sharesStackOf().isPresent()) {
                b.append(" (stack of ").append(c.sharesStackOf().get().name()).append(')');
            } else if (c.hostNetworked()) {
                b.append(" (host network)");
            } else if (!c.addresses().isEmpty()) {
                b.append(' ').append(String.join(" ", c.addresses().stream().map(Ipv4::toString).toList()));
            }
            sep = ", ";
        }
        b.append("; networks");
        sep = " ";
        for (DockerNetwork n : networks) {
            b.append(sep).append(n.name()).append(n.subnet().map(s -> " " + s).orElse(""));
            sep = ", ";
        }
        return b.toString();
    }
}
