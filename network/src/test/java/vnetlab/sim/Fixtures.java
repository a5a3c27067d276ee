package vnetlab.sim;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/** Small fabrics built directly (without the model), to test one stage behaviour at a time. */
final class Fixtures {

    private Fixtures() {
    }

    static Ipv4 ip(String text) {
        return Ipv4.parse(text);
    }

    static Cidr cidr(String text) {
        return Cidr.parse(text);
    }

    static Simulator sim(FabricBuilder b) {
        return new Simulator(b.build(), Simulator.DEFAULT_SEED);
    }
}
