package vnetlab.model.netfilter;

import java.util.Objects;

/**
 * One iptables rule as {@code iptables-save} prints it: a table, a chain and the rest of the line.
 *
 * <pre>{@code
 * new Rule("nat", "POSTROUTING", "-s 172.17.0.0/16 ! -o docker0 -j MASQUERADE")
 * // -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
 * }</pre>
 *
 * @param table {@code nat} or {@code filter}
 */
public record Rule(String table, String chain, String spec) {

    public Rule {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(spec, "spec");
        if (!table.equals("nat") && !table.equals("filter")) {
            throw new IllegalArgumentException("iptables table \"" + table + "\" is not simulated; use nat or filter");
        }
    }

    /** The rule as an {@code iptables-save} line, without the table. */
    @Override
    public String toString() {
        return "-A " + chain + " " + spec;
    }
}
