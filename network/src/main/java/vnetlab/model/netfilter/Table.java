package vnetlab.model.netfilter;

import java.util.List;
import java.util.Locale;

/**
 * An iptables table and its built-in chains, in the order the kernel runs them at each hook.
 *
 * <pre>{@code
 * Table.NAT.builtIns()   // [PREROUTING, INPUT, OUTPUT, POSTROUTING]
 * }</pre>
 */
public enum Table {
    /** Before connection tracking: Docker's direct-access filtering lives here. */
    RAW(Hook.PREROUTING, Hook.OUTPUT),
    /** Packet marks and header changes; kept for completeness. */
    MANGLE(Hook.PREROUTING, Hook.INPUT, Hook.FORWARD, Hook.OUTPUT, Hook.POSTROUTING),
    /** Address translation, consulted for the first packet of a connection only (conntrack does the rest). */
    NAT(Hook.PREROUTING, Hook.INPUT, Hook.OUTPUT, Hook.POSTROUTING),
    /** Accept or drop. */
    FILTER(Hook.INPUT, Hook.FORWARD, Hook.OUTPUT);

    private final List<Hook> builtIns;

    Table(Hook... builtIns) {
        this.builtIns = List.of(builtIns);
    }

    /** The built-in chains of this table (iptables-save order). */
    public List<Hook> builtIns() {
        return builtIns;
    }

    /** Whether {@code chain} is one of this table's built-in chains. */
    public boolean isBuiltIn(String chain) {
        for (Hook h : builtIns) {
            if (h.name().equals(chain)) {
                return true;
            }
        }
        return false;
    }

    /** The name iptables uses: {@code nat}, {@code filter} … */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table of this iptables name, e.g. {@code "nat"}. */
    public static Table parse(String name) {
        for (Table t : values()) {
            if (t.toString().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("iptables table \"" + name + "\" does not exist; use raw, mangle, nat or filter");
    }
}
