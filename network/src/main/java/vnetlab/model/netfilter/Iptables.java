package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The netfilter rules of one network namespace (a host, a VM, a node, a router), per table and chain, with the
 * built-in chains' policies: the one model that {@code iptables()} prints and the simulator runs.
 *
 * <p>{@link #toString()} is {@code iptables-save} output that {@code iptables-restore} loads as it is: every chain a
 * rule jumps to is declared, and each built-in chain shows its policy.
 *
 * <pre>{@code
 * host.iptables()                          // *raw … *nat … *filter … COMMIT
 * host.iptables().rules(Table.NAT, "DOCKER") // the rules of one chain, in order
 * }</pre>
 */
public final class Iptables {

    private static final Iptables NONE = new Builder().build();

    /** Per table: chain name → its rules, built-ins first (kernel order), then user chains by name. */
    private final Map<Table, Map<String, List<Rule>>> tables;
    private final Map<Table, Map<String, String>> policies;

    private Iptables(Map<Table, Map<String, List<Rule>>> tables, Map<Table, Map<String, String>> policies) {
        this.tables = tables;
        this.policies = policies;
    }

    /** An empty rule set (a machine that writes no rules). */
    public static Iptables none() {
        return NONE;
    }

    /** Starts a rule set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether no table holds a rule, a user chain or a policy other than ACCEPT. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The tables that hold something, in iptables-save order. */
    public List<Table> tables() {
        return List.copyOf(tables.keySet());
    }

    /** The chains of a table: built-ins first, then user chains by name. */
    public List<String> chains(Table table) {
        Map<String, List<Rule>> chains = tables.get(table);
        return chains == null ? List.of() : List.copyOf(chains.keySet());
    }

    /** The rules of one chain of one table, in order (empty when the chain is not there). */
    public List<Rule> rules(Table table, String chain) {
        Map<String, List<Rule>> chains = tables.get(table);
        if (chains == null) {
            return List.of();
        }
        List<Rule> rules = chains.get(chain);
        return rules == null ? List.of() : rules;
    }

    /** Whether a table declares this chain. */
    public boolean has(Table table, String chain) {
        Map<String, List<Rule>> chains = tables.get(table);
        return chains != null && chains.containsKey(chain);
    }

    /** The policy of a built-in chain: ACCEPT unless a writer set DROP. */
    public String policy(Table table, Hook chain) {
        Map<String, String> p = policies.get(table);
        return p == null ? "ACCEPT" : p.getOrDefault(chain.name(), "ACCEPT");
    }

    /** Every rule, in iptables-save order (table by table, chain by chain). */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        tables.values().forEach(chains -> chains.values().forEach(all::addAll));
        return all;
    }

    /** The rules of one table ({@code "nat"}, {@code "filter"} …), in iptables-save order. */
    public List<Rule> table(String table) {
        Map<String, List<Rule>> chains = tables.get(Table.parse(table));
        List<Rule> all = new ArrayList<>();
        if (chains != null) {
            chains.values().forEach(all::addAll);
        }
        return all;
    }

    /** The rules of one chain, in whichever table holds it. */
    public List<Rule> chain(String chain) {
        List<Rule> all = new ArrayList<>();
        for (Map<String, List<Rule>> chains : tables.values()) {
            all.addAll(chains.getOrDefault(chain, List.of()));
        }
        return all;
    }

    /** The rules as {@code iptables-save} prints them: per table the chains with policies, the rules, COMMIT. */
    @Override
    public String toString() {
        if (tables.isEmpty()) {
            return "(no nat or filter rules)";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Table, Map<String, List<Rule>>> t : tables.entrySet()) {
            out.append('*').append(t.getKey()).append('\n');
            for (String chain : t.getValue().keySet()) {
                String policy = t.getKey().isBuiltIn(chain)
                        ? policies.getOrDefault(t.getKey(), Map.of()).getOrDefault(chain, "ACCEPT") : "-";
                out.append(':').append(chain).append(' ').append(policy).append(" [0:0]\n");
            }
            t.getValue().values().forEach(rules -> rules.forEach(r -> out.append(r).append('\n')));
            out.append("COMMIT\n");
        }
        return out.toString();
    }

    /**
     * Collects rules as the real tools write them: append at the end of a chain or insert at its head; user chains
     * are declared when first used or jumped to.
     */
    public static final class Builder {
        private final Map<Table, Map<String, List<Rule>>> chains = new EnumMap<>(Table.class);
        private final Map<Table, Map<String, String>> policies = new EnumMap<>(Table.class);

        private Map<String, List<Rule>> table(Table t) {
            return chains.computeIfAbsent(t, k -> new LinkedHashMap<>());
        }

        /** Declares a chain ({@code -N}); harmless when it exists. */
        public Builder chain(Table t, String chain) {
            table(t).computeIfAbsent(chain, k -> new ArrayList<>());
            return this;
        }

        /** Sets a built-in chain's policy ({@code -P FORWARD DROP}). */
        public Builder policy(Table t, Hook chain, String policy) {
            if (!t.builtIns().contains(chain)) {
                throw new IllegalArgumentException("table " + t + " has no built-in chain " + chain);
            }
            table(t);
            policies.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(chain.name(), policy);
            return this;
        }

        /** Appends rules ({@code -A}). */
        public Builder append(Rule... rules) {
            for (Rule r : rules) {
                declare(r);
                table(r.table()).get(r.chain()).add(r);
            }
            return this;
        }

        /** Inserts a rule at the head of its chain ({@code -I CHAIN 1}). */
        public Builder insert(Rule r) {
            declare(r);
            table(r.table()).get(r.chain()).add(0, r);
            return this;
        }

        /** Whether a chain already holds this rule (writers that "ensure" a rule add it once). */
        public boolean holds(Rule r) {
            return table(r.table()).getOrDefault(r.chain(), List.of()).contains(r);
        }

        private void declare(Rule r) {
            chain(r.table(), r.chain());
            String jumped = r.target() instanceof Target.Jump j ? j.chain()
                    : r.target() instanceof Target.Goto g ? g.chain() : null;
            if (jumped != null && !r.table().isBuiltIn(jumped)) {
                chain(r.table(), jumped);
            }
        }

        /** The frozen rule set: built-in chains first in kernel order, then user chains by name. */
        public Iptables build() {
            Map<Table, Map<String, List<Rule>>> frozen = new EnumMap<>(Table.class);
            for (Map.Entry<Table, Map<String, List<Rule>>> t : chains.entrySet()) {
                Map<String, List<Rule>> ordered = new LinkedHashMap<>();
                for (Hook h : t.getKey().builtIns()) {
                    ordered.put(h.name(), List.copyOf(t.getValue().getOrDefault(h.name(), List.of())));
                }
                for (String user : new TreeSet<>(t.getValue().keySet())) {
                    if (!t.getKey().isBuiltIn(user)) {
                        ordered.put(user, List.copyOf(t.getValue().get(user)));
                    }
                }
                frozen.put(t.getKey(), Collections.unmodifiableMap(ordered));
            }
            Map<Table, Map<String, String>> p = new EnumMap<>(Table.class);
            policies.forEach((t, m) -> p.put(t, Map.copyOf(m)));
            return new Iptables(Collections.unmodifiableMap(frozen), p);
        }
    }
}
