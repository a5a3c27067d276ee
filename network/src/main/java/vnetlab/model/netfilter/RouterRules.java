package vnetlab.model.netfilter;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/**
 * A home or office router's rules: its LAN SNATed to its one public address on the WAN side (GROUND-TRUTH: home and
 * office networks; the rule a Linux-based router such as OpenWrt's fw4 amounts to for one LAN).
 */
public final class RouterRules {

    /** The router's LAN-side device. */
    public static final String LAN = "lan";
    /** The router's WAN-side device. */
    public static final String WAN = "wan";

    private RouterRules() {
    }

    /** The SNAT of {@code lan} to {@code publicAddress}. */
    public static void write(Cidr lan, Ipv4 publicAddress, Iptables.Builder b) {
        b.append(Rule.in(Table.NAT, "POSTROUTING").source(lan, false).out(WAN)
                .from(new Rule.Origin("router", "GROUND-TRUTH.md: home and office networks")).snat(publicAddress));
    }
}
