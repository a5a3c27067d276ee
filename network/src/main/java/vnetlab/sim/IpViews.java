package vnetlab.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vnetlab.model.Cidr;

/**
 * {@code ip -4 addr} and {@code ip -4 route} of one station's network namespace, from the same fabric the trace
 * runs on: its devices and addresses, connected networks, routes (Flannel's through flannel.1) and default route.
 */
final class IpViews {

    private IpViews() {
    }

    /** One line per address, as {@code ip -4 -o addr show} prints them (without the index and lifetimes). */
    static String addr(Station s) {
        StringBuilder out = new StringBuilder("lo inet 127.0.0.1/8 scope host lo\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Station.Iface i : s.ifaces) {
            int prefix = i.routable() ? i.segment().cidr.prefix() : i.segment().cidr.prefix();
            String line = i.device() + " inet " + i.ip() + "/" + prefix + " scope global " + i.device();
            if (seen.add(line)) {
                out.append(line).append('\n');
            }
        }
        for (Station.Route r : s.routes) {
            if (r.device() != null && r.deviceAddress() != null) {
                String line = r.device() + " inet " + r.deviceAddress() + "/32 scope global " + r.device();
                if (seen.add(line)) {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The routing table, as {@code ip -4 route show} prints it. */
    static String route(Station s) {
        List<String> lines = new ArrayList<>();
        if (s.gatewaySegment != null) {
            Station.Iface gw = s.ifaceOn(s.gatewaySegment);
            String dev = gw == null ? "?" : gw.device();
            lines.add(s.gateway == null ? "default dev " + dev : "default via " + s.gateway + " dev " + dev);
        }
        for (Station.Iface i : s.ifaces) {
            if (!i.routable()) {
                continue;
            }
            Cidr net = i.segment().cidr;
            if (net.prefix() == 0) {
                continue;
            }
            String line = net + " dev " + i.device() + " proto kernel scope link src " + i.ip();
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        for (Station.Route r : s.routes) {
            Station.Iface out = s.ifaceOn(r.segment());
            if (r.device() != null) {
                // Flannel: the next hop is the other node's flannel.1 (its subnet's network address), on-link.
                lines.add(r.prefix() + " via " + r.prefix().network() + " dev " + r.device() + " onlink");
            } else {
                lines.add(r.prefix() + (r.via() == null ? "" : " via " + r.via()) + " dev "
                        + (out == null ? "?" : out.device()));
            }
        }
        return String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }
}
