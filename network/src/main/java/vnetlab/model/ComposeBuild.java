package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vnetlab.model.compose.ComposeFile;
import vnetlab.model.compose.ComposeNetwork;
import vnetlab.model.compose.ComposePort;
import vnetlab.model.compose.ComposeService;
import vnetlab.model.compose.ImportProblem;
import vnetlab.model.compose.NetworkMode;
import vnetlab.model.compose.ServiceNetwork;

/**
 * Builds a checked Compose file on one Docker engine, as {@code docker compose up} would: the networks it uses, then
 * the containers in start order, each joining its networks (addresses in that order) with the service name as a DNS
 * alias, then their published ports. A model error is re-thrown at the place in the file that caused it.
 */
final class ComposeBuild {
    // Linux's default net.ipv4.ip_local_port_range starts at 32768: Docker asks the kernel for a free host port there
    // when a port mapping gives none (docs.docker.com, "Publishing ports": "a random host port").
    static final int FIRST_EPHEMERAL = 32768;

    private final DockerEngine engine;
    private final ComposeFile file;
    private final Map<String, DockerNetwork> networks = new LinkedHashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    ComposeBuild(DockerEngine engine, ComposeFile file) {
        this.engine = engine;
        this.file = file;
    }

    /** What the build noticed that works but surprises (one line each), beside the file's ignored keys. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    Map<String, Container> containers() {
        return containers;
    }

    Map<String, DockerNetwork> networks() {
        return networks;
    }

    ComposeBuild run() {
        for (ComposeNetwork n : file.networks()) {
            networks.put(n.key(), at(n.where(), () -> network(n)));
        }
        for (ComposeService s : file.services()) {
            containers.put(s.name(), at(s.where(), () -> container(s)));
        }
        for (ComposeService s : file.services()) {
            at(s.where(), () -> links(s));
        }
        return this;
    }

    private DockerNetwork network(ComposeNetwork n) {
        if (n.external()) {
            return engine.networks().stream().filter(x -> x.name().equals(n.name())).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("network \"" + n.key() + "\" is external, but Docker on " + engine.machine().name()
                            + " has no network \"" + n.name() + "\"; create it first with docker.network(\"" + n.name()
                            + "\") or drop external: true"));
        }
        DockerNetwork net = switch (n.driver()) {
            case BRIDGE -> n.subnet().isPresent()
                    ? engine.network(n.name(), n.subnet().get().toString(), n.gateway().orElse(n.subnet().get().host(1)))
                    : engine.network(n.name());
            case OVERLAY -> {
                if (engine.swarm().isEmpty()) {
                    throw new IllegalArgumentException("network \"" + n.key() + "\" uses driver overlay, which needs swarm mode;"
                            + " join the engine to a swarm first (lab.swarm(\"prod\").join(docker)) or use driver bridge");
                }
                if (n.subnet().isPresent()) {
                    notes.add(n.where() + ": the overlay \"" + n.name() + "\" takes the swarm's next /24, not " + n.subnet().get());
                }
                yield engine.overlay(n.name());
            }
            case MACVLAN -> engine.macvlan(n.name(), n.parent().orElseThrow());
            case IPVLAN -> engine.ipvlan(n.name(), n.parent().orElseThrow());
            case HOST, NONE -> engine.networks().stream().filter(x -> x.driver() == n.driver()).findFirst().orElseThrow();
        };
        if ((n.driver() == DockerDriver.MACVLAN || n.driver() == DockerDriver.IPVLAN) && n.subnet().isPresent()
                && !n.subnet().equals(net.subnet())) {
            throw new IllegalArgumentException("network \"" + n.key() + "\" (" + n.driver() + ") sits on the LAN of "
                    + n.parent().orElseThrow() + ", " + net.cidr() + ", so its ipam subnet must be " + net.cidr() + ", not "
                    + n.subnet().get());
        }
        if (n.driver() == DockerDriver.BRIDGE) {
            net.composed(file.project(), n.internal());
        } else if (n.internal()) {
            notes.add(n.where() + ": internal applies to bridge networks in vnetlab; \"" + n.name() + "\" (" + n.driver()
                    + ") stays as it is");
        }
        return net;
    }

    private Container container(ComposeService s) {
        Container c = engine.run(s.containerName(), s.image());
        c.composed(file.project(), s.name());
        switch (s.mode().kind()) {
            case HOST -> c.hostNetwork();
            case NONE -> c.noNetwork();
            case BRIDGE -> { }
            case SERVICE -> c.shareStackOf(containers.get(s.mode().target().orElseThrow()));
            case CONTAINER -> c.shareStackOf(engine.container(s.mode().target().orElseThrow()));
            case NETWORKS -> join(c, s);
        }
        for (int port : s.expose()) {
            c.expose(port);
        }
        if ((s.mode().kind() == NetworkMode.Kind.HOST || s.mode().kind() == NetworkMode.Kind.SERVICE
                || s.mode().kind() == NetworkMode.Kind.CONTAINER) && !s.ports().isEmpty()) {
            notes.add(s.where() + ": service \"" + s.name() + "\" has network_mode " + s.mode() + ", so Docker discards its ports"
                    + " (\"Published ports are discarded when using host network mode\")");
            return c;
        }
        boolean reachable = c.networks().stream().anyMatch(n -> !n.internal());
        int next = FIRST_EPHEMERAL;
        for (ComposePort p : s.ports()) {
            if (!reachable) {
                notes.add(s.where() + ": service \"" + s.name() + "\" is only on internal networks, so " + p.shortSyntax()
                        + " publishes nothing (Docker does not publish ports of internal networks)");
                continue;
            }
            int host = p.hostPort();
            if (host == 0) {
                host = freeHostPort(next, p);
                next = host + 1;
                notes.add(s.where() + ": \"" + p.shortSyntax() + "\" gives no host port, so Docker picks a free one; vnetlab takes "
                        + host + " (give one, e.g. \"" + p.containerPort() + ":" + p.containerPort() + "\", to know it)");
            }
            c.publish(p.hostIp().toString(), host, p.containerPort(), p.protocol());
        }
        return c;
    }

    private int freeHostPort(int from, ComposePort p) {
        for (int port = from; port <= 60999; port++) {
            int candidate = port;
            boolean taken = engine.containers().stream().flatMap(x -> x.published().stream())
                    .anyMatch(x -> x.clashesWith(p.hostIp(), candidate, p.protocol()));
            if (!taken) {
                return port;
            }
        }
        throw new IllegalStateException("Docker on " + engine.machine().name() + " has no free host port left in 32768-60999");
    }

    private void join(Container c, ComposeService s) {
        for (ServiceNetwork sn : s.networks()) {
            DockerNetwork net = networks.get(sn.key());
            if (net.driver() == DockerDriver.HOST) {
                c.hostNetwork();
                continue;
            }
            if (net.driver() == DockerDriver.NONE) {
                c.noNetwork();
                continue;
            }
            // Compose gives every container its service name as an alias on each of its networks (compose-spec
            // 05-services.md "aliases"; compose pkg/compose/create.go: the service name and the container name).
            List<String> aliases = new ArrayList<>();
            if (!s.containerName().equals(s.name())) {
                aliases.add(s.name());
            }
            for (String a : sn.aliases()) {
                if (!aliases.contains(a) && !a.equals(s.containerName())) {
                    aliases.add(a);
                }
            }
            try {
                if (sn.ipv4().isPresent()) {
                    if (n(sn).subnet().isEmpty()) {
                        throw new IllegalArgumentException("service \"" + s.name() + "\" asks for ipv4_address " + sn.ipv4().get()
                                + " on network \"" + sn.key() + "\", which has no ipam subnet; Docker allows a fixed address"
                                + " only on a network with a subnet you chose: add ipam: {config: [{subnet: ...}]}");
                    }
                    c.onAt(net, sn.ipv4().get(), aliases);
                } else {
                    c.on(net, aliases.toArray(String[]::new));
                }
            } catch (ImportProblem e) {
                throw e;
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ImportProblem(sn.where(), e.getMessage());
            }
        }
    }

    private ComposeNetwork n(ServiceNetwork sn) {
        return file.network(sn.key()).orElseThrow();
    }

    private void links(ComposeService s) {
        // A link makes the linked service reachable under the alias; on user-defined networks Docker implements it
        // as an alias scoped to the linking container (vnetlab gives the alias to the whole network).
        Container me = containers.get(s.name());
        for (Map.Entry<String, String> l : s.links().entrySet()) {
            Container target = containers.get(l.getKey());
            DockerNetwork shared = me.networks().stream().filter(target.networks()::contains).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("service \"" + s.name() + "\" links to \"" + l.getKey() + "\", but they share no"
                            + " network; put both on one network"));
            if (!l.getValue().equals(target.name()) && !target.dnsNames(shared).contains(l.getValue())) {
                target.on(shared, l.getValue());
            }
        }
    }

    private static <T> T at(String where, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ImportProblem e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportProblem(where, e.getMessage());
        }
    }

    private static void at(String where, Runnable step) {
        at(where, () -> {
            step.run();
            return null;
        });
    }
}
