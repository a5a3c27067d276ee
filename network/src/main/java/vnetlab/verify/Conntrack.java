package vnetlab.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Entries of a namespace's connection tracking table ({@code conntrack -L}), as the kernel translated them. */
record Conntrack(String protocol, String origSrc, int origSport, String origDst, int origDport, String replySrc,
                 int replySport, String replyDst, int replyDport) {

    private static final Pattern ENTRY = Pattern.compile("^(tcp|udp)\\s.*?src=(\\S+) dst=(\\S+) sport=(\\d+) "
            + "dport=(\\d+).*?src=(\\S+) dst=(\\S+) sport=(\\d+) dport=(\\d+)");

    /** The entries {@code conntrack -L} printed. */
    static List<Conntrack> parse(String text) {
        List<Conntrack> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = ENTRY.matcher(line.strip());
            if (m.find()) {
                out.add(new Conntrack(m.group(1), m.group(2), Integer.parseInt(m.group(4)), m.group(3),
                        Integer.parseInt(m.group(5)), m.group(6), Integer.parseInt(m.group(8)), m.group(7),
                        Integer.parseInt(m.group(9))));
            }
        }
        return out;
    }

    /** The source the packet left with: the reply's destination. */
    String natSource() {
        return replyDst;
    }

    /** The destination the packet left for: the reply's source. */
    String natDestination() {
        return replySrc + ":" + replySport;
    }

    @Override
    public String toString() {
        String text = protocol + " " + origSrc + ":" + origSport + " → " + origDst + ":" + origDport;
        boolean snat = !replyDst.equals(origSrc) || replyDport != origSport;
        boolean dnat = !replySrc.equals(origDst) || replySport != origDport;
        if (snat || dnat) {
            text += " ⇒ " + replyDst + ":" + replyDport + " → " + replySrc + ":" + replySport;
        }
        return text;
    }
}
