package vnetlab.model.netfilter;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vnetlab.model.Cidr;
import vnetlab.model.Protocol;

/**
 * One condition of an iptables rule, printed as {@code iptables-save} prints it.
 *
 * <p>The model only describes and prints; the simulator ({@code vnetlab.sim}) decides whether a packet matches.
 *
 * <pre>{@code
 * new Match.Source(Cidr.parse("172.17.0.0/16"), false)   // -s 172.17.0.0/16
 * new Match.InInterface("docker0", true)                 // ! -i docker0
 * }</pre>
 */
public sealed interface Match {

    /** The text after {@code -A CHAIN}, e.g. {@code ! -i docker0}. */
    String text();

    /** Whether iptables-save prints it among the basic matches (-s -d -i -o -p), before the modules. */
    default boolean basic() {
        return false;
    }

    /** {@code [!] -s prefix}. */
    record Source(Cidr prefix, boolean not) implements Match {
        public String text() {
            return (not ? "! " : "") + "-s " + prefix;
        }

        public boolean basic() {
            return true;
        }
    }

    /** {@code [!] -d prefix}. */
    record Destination(Cidr prefix, boolean not) implements Match {
        public String text() {
            return (not ? "! " : "") + "-d " + prefix;
        }

        public boolean basic() {
            return true;
        }
    }

    /** {@code [!] -i device}: the interface the packet arrived on. */
    record InInterface(String device, boolean not) implements Match {
        public String text() {
            return (not ? "! " : "") + "-i " + device;
        }

        public boolean basic() {
            return true;
        }
    }

    /** {@code [!] -o device}: the interface the routing decision sends it out on. */
    record OutInterface(String device, boolean not) implements Match {
        public String text() {
            return (not ? "! " : "") + "-o " + device;
        }

        public boolean basic() {
            return true;
        }
    }

    /** {@code -p tcp}. */
    record Proto(Protocol protocol) implements Match {
        public String text() {
            return "-p " + protocol;
        }

        public boolean basic() {
            return true;
        }
    }

    /** {@code -m tcp --sport s --dport d} (0: any); needs a {@link Proto} in the same rule. */
    record Ports(Protocol protocol, int sourcePort, int destinationPort) implements Match {
        public String text() {
            return "-m " + protocol + (sourcePort > 0 ? " --sport " + sourcePort : "")
                    + (destinationPort > 0 ? " --dport " + destinationPort : "");
        }
    }

    /** {@code -m multiport --dports a,b}. */
    record Multiport(List<Integer> destinationPorts) implements Match {
        public Multiport {
            destinationPorts = List.copyOf(destinationPorts);
        }

        public String text() {
            return "-m multiport --dports " + destinationPorts.stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
        }
    }

    /** An address type of {@code -m addrtype}; only LOCAL (an address of this machine) is used. */
    enum AddressType { LOCAL }

    /** {@code -m addrtype [!] --src-type LOCAL} or {@code --dst-type}. */
    record AddrType(boolean source, AddressType type, boolean not) implements Match {
        public String text() {
            return "-m addrtype " + (not ? "! " : "") + (source ? "--src-type " : "--dst-type ") + type;
        }
    }

    /** A connection-tracking state, in the order iptables prints them. */
    enum State { INVALID, NEW, RELATED, ESTABLISHED, UNTRACKED, SNAT, DNAT }

    /** {@code -m conntrack [!] --ctstate A,B}. */
    record CtState(Set<State> states, boolean not) implements Match {
        public CtState {
            states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        }

        public String text() {
            return "-m conntrack " + (not ? "! " : "") + "--ctstate "
                    + EnumSet.copyOf(states).stream().map(State::name).collect(Collectors.joining(","));
        }
    }

    /** {@code -m mark [!] --mark value/mask}. */
    record Mark(long value, long mask, boolean not) implements Match {
        public String text() {
            return "-m mark " + (not ? "! " : "") + "--mark 0x" + Long.toHexString(value) + "/0x"
                    + Long.toHexString(mask);
        }
    }

    /**
     * {@code -m statistic --mode random --probability p}. The kernel keeps {@code round(p * 2^31)}, and
     * iptables-save prints that back with 11 decimals (iptables {@code extensions/libxt_statistic.c}), which is what
     * is printed here.
     */
    record Statistic(double probability) implements Match {
        /** The value the kernel holds. */
        public long fixedPoint() {
            return Math.round(probability * 0x80000000L);
        }

        public String text() {
            return String.format(Locale.ROOT, "-m statistic --mode random --probability %.11f",
                    fixedPoint() / (double) 0x80000000L);
        }
    }

    /** {@code -m comment --comment text}, quoted as iptables-save quotes it (libxtables xtables_save_string). */
    record Comment(String comment) implements Match {
        public String text() {
            return "-m comment --comment " + quoted(comment);
        }

        static String quoted(String s) {
            if (!s.isEmpty() && s.chars().allMatch(c -> c == '_' || c == '-' || (c >= '0' && c <= '9')
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return s;
            }
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\' || c == '\'') {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.append('"').toString();
        }
    }
}
