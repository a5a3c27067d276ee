package vnetlab.sim;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

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

    /** Chapter 2 by hand: home LAN, laptop with VirtualBox: web bridged, dev on NAT, db host-only; phone. */
    static FabricBuilder chapter2(boolean withForward) {
        FabricBuilder b = new FabricBuilder(ip("192.0.2.1"));
        Segment home = b.lan("home", "home", cidr("192.168.1.0/24"), ip("192.168.1.1"), ip("203.0.113.7"));
        Station laptop = b.host("laptop", "laptop", Station.Kind.HOST, home, ip("192.168.1.2"), ip("192.168.1.1"));
        b.machine("laptop/virtualbox/web", "web", Station.Kind.VM, home, ip("192.168.1.100"), ip("192.168.1.1"));
        Segment nat = b.natEngine(laptop, "laptop/virtualbox/dev/nat1", "NAT of dev", cidr("10.0.2.0/24"),
                ip("10.0.2.2"), "vbox", "VirtualBox NAT", "dev");
        b.machine("laptop/virtualbox/dev", "dev", Station.Kind.VM, nat, ip("10.0.2.15"), ip("10.0.2.2"));
        Segment vboxnet0 = b.hostOnly(laptop, "laptop/virtualbox/vboxnet0", "vboxnet0", cidr("192.168.56.0/24"),
                ip("192.168.56.1"));
        b.machine("laptop/virtualbox/db", "db", Station.Kind.VM, vboxnet0, ip("192.168.56.101"), null);
        b.host("phone", "phone", Station.Kind.HOST, home, ip("192.168.1.20"), ip("192.168.1.1"));
        if (withForward) {
            b.portForward(laptop, Protocol.TCP, null, 2222, nat, ip("10.0.2.15"), 22, "VirtualBox NAT port forward",
                    "VBoxManage modifyvm dev --natpf1 \"tcp-2222,tcp,,2222,,22\"");
        }
        return b;
    }

    static Simulator sim(FabricBuilder b) {
        return new Simulator(b.build(), Simulator.DEFAULT_SEED);
    }
}
