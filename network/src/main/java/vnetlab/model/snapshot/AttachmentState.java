package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

import vnetlab.model.Ipv4;
import vnetlab.model.Mac;

/**
 * A container on one network.
 *
 * @param network  the network's name
 * @param driver   the network's driver
 * @param address  its address there (none on host/none)
 * @param mac      its MAC there
 * @param dnsNames the names the embedded DNS answers for it there (name and aliases; none on the default bridge)
 */
public record AttachmentState(String network, vnetlab.model.DockerDriver driver, Optional<Ipv4> address, Optional<Mac> mac,
        List<String> dnsNames) {
    /** Copies the list. */
    public AttachmentState {
        dnsNames = List.copyOf(dnsNames);
    }
}
