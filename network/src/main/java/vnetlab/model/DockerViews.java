package vnetlab.model;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code docker network inspect} and {@code docker port}, with the fields and layout of Docker's own output. */
final class DockerViews {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DockerViews() {
    }

    static CommandOutput inspect(DockerNetwork n) {
        ArrayNode out = JSON.createArrayNode();
        ObjectNode o = out.addObject();
        o.put("Name", n.name());
        o.put("Id", n.id());
        o.put("Scope", n.driver() == DockerDriver.OVERLAY ? "swarm" : "local");
        o.put("Driver", n.driver().toString());
        o.put("EnableIPv6", false);
        ObjectNode ipam = o.putObject("IPAM");
        ipam.put("Driver", "default");
        ipam.putObject("Options");
        ArrayNode config = ipam.putArray("Config");
        n.subnet().ifPresent(s -> config.addObject().put("Subnet", s.toString()).put("Gateway", n.gateway().toString()));
        o.put("Internal", n.internal());
        o.put("Attachable", false);
        o.put("Ingress", false);
        ObjectNode containers = o.putObject("Containers");
        for (Container c : n.containers()) {
            for (Container.Attachment a : c.attachments()) {
                if (a.network() != n) {
                    continue;
                }
                ObjectNode e = containers.putObject(Ids.hex64("container/" + c.id()));
                e.put("Name", c.name());
                e.put("EndpointID", Ids.hex64("endpoint/" + c.id() + "/" + n.name()));
                e.put("MacAddress", a.mac().map(Mac::toString).orElse(""));
                e.put("IPv4Address", a.address().map(ip -> ip + "/" + n.cidr().prefix()).orElse(""));
                e.put("IPv6Address", "");
            }
        }
        ObjectNode options = o.putObject("Options");
        n.bridge().filter(b -> !b.equals("docker0")).ifPresent(b -> options.put("com.docker.network.bridge.name", b));
        ObjectNode labels = o.putObject("Labels");
        n.project().ifPresent(p -> {
            labels.put("com.docker.compose.network", n.name().startsWith(p + "_") ? n.name().substring(p.length() + 1) : n.name());
            labels.put("com.docker.compose.project", p);
        });
        try {
            return CommandOutput.text("docker network inspect " + n.name(), JSON.writeValueAsString(out) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static CommandOutput port(Container c) {
        StringBuilder b = new StringBuilder();
        for (PublishedPort p : c.published()) {
            b.append(p.containerPort()).append('/').append(p.protocol()).append(" -> ").append(p.hostIp()).append(':')
                    .append(p.hostPort()).append('\n');
        }
        return CommandOutput.text("docker port " + c.name(), b.toString());
    }

    static List<String> names(List<DockerNetwork> networks) {
        return networks.stream().map(DockerNetwork::name).toList();
    }
}
