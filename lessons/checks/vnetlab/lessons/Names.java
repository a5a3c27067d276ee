package vnetlab.lessons;

import java.util.List;

/**
 * Near misses between the names an exercise asks for and the names a learner typed: "nas" and "nass", "my lab" and
 * "My Lab". A check that cannot find an object says which similar one exists, since the model matches names exactly.
 *
 * <pre>{@code
 * Names.near("nas", List.of("laptop", "nass"))   // " (there is \"nass\": names must match exactly)"
 * Names.near("nas", List.of("laptop"))           // ""
 * }</pre>
 */
public final class Names {
    private Names() {
    }

    /**
     * A short note naming the closest existing name, or an empty string when none is close.
     *
     * @param wanted   the name the exercise asks for
     * @param existing the names that exist
     * @return the note, starting with a space, or ""
     */
    public static String near(String wanted, List<String> existing) {
        return existing.stream().filter(n -> !n.equals(wanted) && close(wanted, n)).findFirst()
                .map(n -> " (there is \"" + n + "\": names must match exactly)").orElse("");
    }

    private static boolean close(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.equals(y) || distance(x, y) <= Math.max(1, Math.min(2, a.length() / 4));
    }

    /**
     * The edit distance (insertions, deletions, substitutions) between two strings.
     *
     * @param a one string
     * @param b the other
     * @return the number of edits
     */
    public static int distance(String a, String b) {
        return vnetlab.model.EditDistance.between(a, b);
    }
}
