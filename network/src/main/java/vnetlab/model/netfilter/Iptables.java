package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The nat and filter rules a host or node would hold, printed like {@code iptables-save}.
 *
 * <p>Derived from the model (Docker's published ports and networks, kube-proxy's Services); no packets involved.
 *
 * <pre>{@code
 * host.iptables()            // *nat … COMMIT *filter … COMMIT
 * host.iptables().rules()    // the rules one by one
 * }</pre>
 */
public final class Iptables {

    private final List<Rule> rules;

    public Iptables(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** An empty rule set (a host without Docker or kube-proxy). */
    public static Iptables none() {
        return new Iptables(List.of());
    }

    /** Every rule, nat before filter, in the order written. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rules of one table. */
    public List<Rule> table(String table) {
        return rules.stream().filter(r -> r.table().equals(table)).toList();
    }

    /** The rules of one chain (in any table). */
    public List<Rule> chain(String chain) {
        return rules.stream().filter(r -> r.chain().equals(chain)).toList();
    }

    /** This rule set followed by another's. */
    public Iptables plus(Iptables other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new Iptables(all);
    }

    /** The rules as {@code iptables-save} prints them: per table, the chains declared, the rules, COMMIT. */
    @Override
    public String toString() {
        if (rules.isEmpty()) {
            return "(no nat or filter rules)";
        }
        StringBuilder out = new StringBuilder();
        for (String table : List.of("nat", "filter")) {
            List<Rule> inTable = table(table);
            if (inTable.isEmpty()) {
                continue;
            }
            out.append('*').append(table).append('\n');
            Set<String> chains = new LinkedHashSet<>();
            inTable.forEach(r -> chains.add(r.chain()));
            for (String chain : chains) {
                boolean builtIn = Set.of("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING").contains(chain);
                out.append(':').append(chain).append(builtIn ? " ACCEPT" : " -").append(" [0:0]\n");
            }
            inTable.forEach(r -> out.append(r).append('\n'));
            out.append("COMMIT\n");
        }
        return out.toString();
    }
}
