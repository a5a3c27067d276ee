package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a Docker engine's containers and networks as a Compose file that builds the same lab again: every network
 * with its subnet and gateway, every container with its fixed address, aliases, ports and network mode.
 */
final class ComposeExport {
    private ComposeExport() {
    }

    static String of(DockerEngine engine) {
        List<Container> containers = engine.containers();
        String project = project(engine, containers);
        // In the engine's creation order, which is the order the import creates them (and so their pools).
        Map<DockerNetwork, String> keys = new LinkedHashMap<>();
        for (DockerNetwork n : engine.networks()) {
            boolean used = containers.stream().anyMatch(c -> c.networks().contains(n));
            if (used && n.userDefined() && n.driver() != DockerDriver.HOST && n.driver() != DockerDriver.NONE) {
                keys.put(n, key(project, n));
            }
        }
        StringBuilder y = new StringBuilder();
        y.append("# Written by vnetlab from Docker on ").append(engine.machine().name()).append('\n');
        y.append("name: ").append(project).append('\n');
        y.append("services:\n");
        if (containers.isEmpty()) {
            throw new IllegalStateException("Docker on " + engine.machine().name() + " runs no container, so there is no Compose "
                    + "file to write; start one with docker.run(\"web\", \"nginx\")");
        }
        for (Container c : containers) {
            String service = service(project, c);
            y.append("  ").append(service).append(":\n");
            y.append("    image: ").append(quoted(c.image())).append('\n');
            if (!c.name().equals(project + "-" + service + "-1")) {
                y.append("    container_name: ").append(c.name()).append('\n');
            }
            Optional<String> mode = mode(project, c);
            if (mode.isPresent()) {
                y.append("    network_mode: ").append(mode.get()).append('\n');
            } else {
                y.append("    networks:\n");
                for (Container.Attachment a : c.attachments()) {
                    y.append("      ").append(keys.get(a.network())).append(":\n");
                    List<String> aliases = new ArrayList<>(a.aliases());
                    aliases.remove(service);
                    if (!aliases.isEmpty()) {
                        y.append("        aliases: [").append(String.join(", ", aliases)).append("]\n");
                    }
                    a.address().ifPresent(ip -> y.append("        ipv4_address: ").append(ip).append('\n'));
                }
            }
            if (!c.published().isEmpty()) {
                y.append("    ports:\n");
                for (PublishedPort p : c.published()) {
                    y.append("      - \"").append(p.hostIp().equals(Ipv4.ANY) ? "" : p.hostIp() + ":").append(p.hostPort())
                            .append(':').append(p.containerPort()).append(p.protocol() == Protocol.TCP ? "" : "/" + p.protocol())
                            .append("\"\n");
                }
            }
            if (!c.exposed().isEmpty()) {
                y.append("    expose: [").append(String.join(", ", c.exposed().stream().map(p -> "\"" + p + "\"").toList()))
                        .append("]\n");
            }
        }
        if (!keys.isEmpty()) {
            y.append("networks:\n");
            for (Map.Entry<DockerNetwork, String> e : keys.entrySet()) {
                network(y, e.getKey(), e.getValue());
            }
        }
        return y.toString();
    }

    private static void network(StringBuilder y, DockerNetwork n, String key) {
        y.append("  ").append(key).append(":\n");
        y.append("    name: ").append(n.name()).append('\n');
        switch (n.driver()) {
            case OVERLAY -> y.append("    external: true   # a swarm overlay: create it with swarm.overlay(\"").append(n.name())
                    .append("\")\n");
            case MACVLAN, IPVLAN -> {
                y.append("    driver: ").append(n.driver()).append('\n');
                y.append("    driver_opts: {parent: ").append(n.parentNic().orElseThrow()).append("}\n");
                ipam(y, n);
            }
            default -> {
                if (n.internal()) {
                    y.append("    internal: true\n");
                }
                ipam(y, n);
            }
        }
    }

    private static void ipam(StringBuilder y, DockerNetwork n) {
        y.append("    ipam:\n      config:\n        - subnet: ").append(n.cidr()).append('\n');
        y.append("          gateway: ").append(n.gateway()).append('\n');
    }

    private static Optional<String> mode(String project, Container c) {
        if (c.sharesStackOf().isPresent()) {
            // The owner started earlier on the same engine, so it is a service of this file.
            return Optional.of("service:" + service(project, c.sharesStackOf().get()));
        }
        if (c.hostNetworked()) {
            return Optional.of("host");
        }
        if (c.networks().stream().anyMatch(n -> n.driver() == DockerDriver.NONE)) {
            return Optional.of("none");
        }
        if (c.networks().stream().anyMatch(n -> !n.userDefined())) {
            return Optional.of("bridge");
        }
        return Optional.empty();
    }

    private static String project(DockerEngine engine, List<Container> containers) {
        List<String> projects = containers.stream().flatMap(c -> c.composeService().stream())
                .map(s -> s.substring(0, s.indexOf('/'))).distinct().toList();
        if (projects.size() == 1) {
            return projects.get(0);
        }
        return ComposeSource.projectName(engine.machine().name());
    }

    private static String service(String project, Container c) {
        Optional<String> s = c.composeService().filter(x -> x.startsWith(project + "/"));
        return s.map(x -> x.substring(project.length() + 1)).orElse(c.name());
    }

    private static String key(String project, DockerNetwork n) {
        String prefix = project + "_";
        return n.name().startsWith(prefix) && n.name().length() > prefix.length() ? n.name().substring(prefix.length())
                : n.name();
    }

    private static String quoted(String text) {
        return text.matches("[A-Za-z0-9._/:@-]+") && !text.contains(": ") ? text : "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
