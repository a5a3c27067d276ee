package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The iptables rules Docker writes for its bridge networks and published ports.
 *
 * <p>Shapes from moby's iptables golden files (libnetwork/drivers/bridge) as summarised in GROUND-TRUTH.md:
 * nat {@code PREROUTING -m addrtype --dst-type LOCAL -j DOCKER}; nat
 * {@code DOCKER ! -i <bridge> -p tcp --dport 8080 -j DNAT --to-destination <container>:80}; nat
 * {@code POSTROUTING -s <subnet> ! -o <bridge> -j MASQUERADE}; filter
 * {@code DOCKER -d <container>/32 ! -i <bridge> -o <bridge> -p tcp --dport 80 -j ACCEPT}; and the
 * {@code DOCKER-ISOLATION-STAGE-1/2} chains that keep bridge networks apart.
 *
 * <pre>{@code
 * DockerRules.publish("docker0", "tcp", null, 8080, "172.17.0.2", 80)
 * // nat: -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
 * }</pre>
 */
public final class DockerRules {

    private DockerRules() {
    }

    /** The two nat jumps into the DOCKER chain (from outside, and from the host itself). */
    public static List<Rule> jumps() {
        return List.of(
                new Rule("nat", "PREROUTING", "-m addrtype --dst-type LOCAL -j DOCKER"),
                new Rule("nat", "OUTPUT", "! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER"));
    }

    /** The nat rule that masquerades a bridge network's traffic leaving through another interface. */
    public static Rule masquerade(String bridge, String subnet) {
        return new Rule("nat", "POSTROUTING", "-s " + subnet + " ! -o " + bridge + " -j MASQUERADE");
    }

    /** The nat DNAT rule of a published port; {@code hostIp} null or empty publishes on every host address. */
    public static Rule dnat(String bridge, String protocol, String hostIp, int hostPort, String containerIp,
                            int containerPort) {
        String dst = hostIp == null || hostIp.isEmpty() || hostIp.equals("0.0.0.0") ? "" : "-d " + hostIp + "/32 ";
        return new Rule("nat", "DOCKER", dst + "! -i " + bridge + " -p " + protocol + " -m " + protocol
                + " --dport " + hostPort + " -j DNAT --to-destination " + containerIp + ":" + containerPort);
    }

    /** The filter rule that lets a published port's traffic into the container. */
    public static Rule accept(String bridge, String protocol, String containerIp, int containerPort) {
        return new Rule("filter", "DOCKER", "-d " + containerIp + "/32 ! -i " + bridge + " -o " + bridge + " -p "
                + protocol + " -m " + protocol + " --dport " + containerPort + " -j ACCEPT");
    }

    /** The nat and filter rules of one published port. */
    public static List<Rule> publish(String bridge, String protocol, String hostIp, int hostPort, String containerIp,
                                     int containerPort) {
        return List.of(dnat(bridge, protocol, hostIp, hostPort, containerIp, containerPort),
                accept(bridge, protocol, containerIp, containerPort));
    }

    /** Stage 1 of the isolation: traffic leaving a bridge for elsewhere goes to stage 2. */
    public static Rule isolationStage1(String bridge) {
        return new Rule("filter", "DOCKER-ISOLATION-STAGE-1", "-i " + bridge + " ! -o " + bridge
                + " -j DOCKER-ISOLATION-STAGE-2");
    }

    /** Stage 2 of the isolation: traffic from another bridge into this one is dropped. */
    public static Rule isolationStage2(String bridge) {
        return new Rule("filter", "DOCKER-ISOLATION-STAGE-2", "-o " + bridge + " -j DROP");
    }

    /** The filter rules of one bridge network: forwarding in (established) and out, isolation. */
    public static List<Rule> bridge(String bridge) {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("filter", "FORWARD", "-o " + bridge + " -j DOCKER"));
        rules.add(new Rule("filter", "FORWARD", "-o " + bridge
                + " -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"));
        rules.add(new Rule("filter", "FORWARD", "-i " + bridge + " ! -o " + bridge + " -j ACCEPT"));
        rules.add(new Rule("filter", "FORWARD", "-i " + bridge + " -o " + bridge + " -j ACCEPT"));
        rules.add(isolationStage1(bridge));
        rules.add(isolationStage2(bridge));
        return rules;
    }

    /** A bridge network as iptables sees it: the bridge device and its subnet. */
    public record Bridge(String device, String subnet) {
    }

    /** One published port: {@code -p [hostIp:]hostPort:containerPort/protocol} of a container on a bridge. */
    public record Published(String bridge, String protocol, String hostIp, int hostPort, String containerIp,
                            int containerPort) {
    }

    /**
     * Every nat and filter rule Docker writes for these bridges and published ports, in iptables-save order.
     *
     * <pre>{@code
     * DockerRules.all(List.of(new DockerRules.Bridge("docker0", "172.17.0.0/16")),
     *         List.of(new DockerRules.Published("docker0", "tcp", "", 8080, "172.17.0.2", 80)))
     * }</pre>
     */
    public static Iptables all(List<Bridge> bridges, List<Published> published) {
        List<Rule> rules = new ArrayList<>(jumps());
        for (Bridge b : bridges) {
            rules.add(masquerade(b.device(), b.subnet()));
        }
        for (Bridge b : bridges) {
            rules.add(new Rule("nat", "DOCKER", "-i " + b.device() + " -j RETURN"));
        }
        for (Published p : published) {
            rules.add(dnat(p.bridge(), p.protocol(), p.hostIp(), p.hostPort(), p.containerIp(), p.containerPort()));
        }
        rules.add(new Rule("filter", "FORWARD", "-j DOCKER-USER"));
        rules.add(new Rule("filter", "FORWARD", "-j DOCKER-ISOLATION-STAGE-1"));
        for (Bridge b : bridges) {
            rules.addAll(bridge(b.device()).subList(0, 4));
        }
        for (Published p : published) {
            rules.add(accept(p.bridge(), p.protocol(), p.containerIp(), p.containerPort()));
        }
        for (Bridge b : bridges) {
            rules.add(isolationStage1(b.device()));
        }
        rules.add(new Rule("filter", "DOCKER-ISOLATION-STAGE-1", "-j RETURN"));
        for (Bridge b : bridges) {
            rules.add(isolationStage2(b.device()));
        }
        rules.add(new Rule("filter", "DOCKER-ISOLATION-STAGE-2", "-j RETURN"));
        rules.add(new Rule("filter", "DOCKER-USER", "-j RETURN"));
        return new Iptables(rules);
    }
}
