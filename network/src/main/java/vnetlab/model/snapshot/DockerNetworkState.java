package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

import vnetlab.model.Cidr;
import vnetlab.model.DockerDriver;
import vnetlab.model.Ipv4;

/**
 * A Docker network.
 *
 * @param id          64 hex digits
 * @param name        bridge, host, none, or the learner's name
 * @param driver      bridge, host, none, overlay, macvlan, ipvlan
 * @param subnet      its subnet (none for host/none)
 * @param gateway     its gateway (the bridge address, or the LAN router for macvlan/ipvlan)
 * @param bridge      the Linux bridge: docker0, br-&lt;12 hex&gt;, docker_gwbridge
 * @param dns         127.0.0.11 on user-defined networks
 * @param userDefined whether a learner created it
 * @param parentNic   macvlan/ipvlan parent NIC
 * @param parentLan   macvlan/ipvlan parent LAN
 * @param swarm       the swarm of an overlay
 * @param containers  container ids in the order they joined
 * @param internal    {@code --internal}: no way in or out
 */
public record DockerNetworkState(String id, String name, DockerDriver driver, Optional<Cidr> subnet, Optional<Ipv4> gateway,
        Optional<String> bridge, Optional<Ipv4> dns, boolean userDefined, Optional<String> parentNic, Optional<String> parentLan,
        Optional<String> swarm, List<String> containers, boolean internal) {
    /** Copies the list. */
    public DockerNetworkState {
        containers = List.copyOf(containers);
    }
}
