package vnetlab.model.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

/**
 * One published port of a Compose service: host address, host port (0: Docker picks one), container port, protocol.
 *
 * <p>Short syntax (compose-spec 05-services.md, "ports"): {@code [HOST:]CONTAINER[/PROTOCOL]} with
 * {@code HOST = [IP:](port | range)}, so {@code "8080:80"}, {@code "127.0.0.1:5432:5432"}, {@code "9000-9001:9000-9001"},
 * {@code "53:53/udp"} and {@code "3000"} (a host port Docker picks).
 *
 * <pre>{@code
 * ComposePort.parseShort("127.0.0.1:8080:80", at)   // [127.0.0.1:8080->80/tcp]
 * ComposePort.parseShort("80:80:80", at)            // fails: three port numbers; write "HOST:CONTAINER" ...
 * }</pre>
 *
 * @param hostIp        the host address; 0.0.0.0 for all of them
 * @param hostPort      the host port, 0 when Docker picks one
 * @param containerPort the container's port
 * @param protocol      tcp or udp
 */
public record ComposePort(Ipv4 hostIp, int hostPort, int containerPort, Protocol protocol) {

    /** As Compose's short syntax writes it: {@code 127.0.0.1:8080:80/udp}. */
    public String shortSyntax() {
        String host = hostPort == 0 ? "" : (hostIp.equals(Ipv4.ANY) ? "" : hostIp + ":") + hostPort + ":";
        return host + containerPort + (protocol == Protocol.TCP ? "" : "/" + protocol);
    }

    /**
     * Parses one short-syntax entry into one port per number of its ranges.
     *
     * @throws ImportProblem naming the value, where it is written and the fix
     */
    public static List<ComposePort> parseShort(String text, YamlValue at) {
        String t = text.strip();
        Protocol protocol = Protocol.TCP;
        int slash = t.lastIndexOf('/');
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (!p.equals("tcp") && !p.equals("udp")) {
                throw at.problem("port \"" + text + "\" ends in /" + p + "; a published port is /tcp (the default) or /udp");
            }
            protocol = Protocol.parse(p);
            t = t.substring(0, slash);
        }
        String hostIp = null;
        if (t.startsWith("[")) {
            int close = t.indexOf("]:");
            if (close < 0) {
                throw at.problem("port \"" + text + "\" opens an IPv6 address with [ but does not close it with ]:");
            }
            throw at.problem("port \"" + text + "\" publishes on the IPv6 address " + t.substring(0, close + 1)
                    + "; vnetlab models IPv4 only, publish on an IPv4 address or on all (drop the address)");
        }
        String[] parts = t.split(":", -1);
        if (parts.length > 3) {
            throw at.problem("port \"" + text + "\" has " + parts.length + " parts; write [HOST_IP:][HOST:]CONTAINER, e.g. "
                    + "\"127.0.0.1:8080:80\"");
        }
        if (parts.length == 3) {
            hostIp = parts[0];
            if (Ipv4.tryParse(hostIp).isEmpty()) {
                throw at.problem("port \"" + text + "\" has three parts, so \"" + hostIp + "\" must be the host's IP address; "
                        + "write \"HOST:CONTAINER\" such as \"" + parts[1] + ":" + parts[2] + "\", or \"127.0.0.1:"
                        + parts[1] + ":" + parts[2] + "\" to publish on localhost only");
            }
        }
        String container = parts[parts.length - 1];
        String host = parts.length >= 2 ? parts[parts.length - 2] : null;
        int[] c = range(container, text, "container port", at);
        Ipv4 ip = hostIp == null || hostIp.isEmpty() ? Ipv4.ANY : Ipv4.parse(hostIp);
        List<ComposePort> out = new ArrayList<>();
        if (host == null || host.isEmpty()) {
            for (int p = c[0]; p <= c[1]; p++) {
                out.add(new ComposePort(ip, 0, p, protocol));
            }
            return out;
        }
        int[] h = range(host, text, "host port", at);
        if (h[1] - h[0] != c[1] - c[0]) {
            throw at.problem("port \"" + text + "\" maps " + (h[1] - h[0] + 1) + " host ports onto " + (c[1] - c[0] + 1)
                    + " container ports; give both ranges the same length, e.g. \"" + h[0] + "-" + (h[0] + c[1] - c[0]) + ":"
                    + container + "\"");
        }
        for (int i = 0; i <= c[1] - c[0]; i++) {
            out.add(new ComposePort(ip, h[0] + i, c[0] + i, protocol));
        }
        return out;
    }

    private static int[] range(String text, String whole, String what, YamlValue at) {
        String[] ends = text.split("-", -1);
        if (ends.length > 2) {
            throw at.problem("port \"" + whole + "\": " + what + " \"" + text + "\" must be a number or a range like 8000-8010");
        }
        int first = number(ends[0], whole, what, at);
        int last = ends.length == 2 ? number(ends[1], whole, what, at) : first;
        if (last < first) {
            throw at.problem("port \"" + whole + "\": the range " + text + " runs backwards; write " + last + "-" + first);
        }
        return new int[] {first, last};
    }

    static int number(String text, String whole, String what, YamlValue at) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw at.problem("port \"" + whole + "\": " + what + " \"" + text + "\" must be a number 1..65535");
    }

    /** The host address if one was given. */
    public Optional<Ipv4> boundAddress() {
        return hostIp.equals(Ipv4.ANY) ? Optional.empty() : Optional.of(hostIp);
    }
}
