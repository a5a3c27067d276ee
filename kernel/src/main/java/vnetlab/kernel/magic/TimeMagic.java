package vnetlab.kernel.magic;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code %time} and {@code %%time}: run Java and print how long it took (wall clock).
 *
 * <pre>{@code
 * %time lab.reachability()   // prints "Wall time: 12.3 ms", then shows the matrix
 * }</pre>
 */
public final class TimeMagic implements Magic {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public Object run(String arguments, String body, MagicContext context) {
        String code = body == null ? arguments : body;
        long start = System.nanoTime();
        Optional<Object> value;
        try {
            value = context.eval(code);
        } finally {
            context.println("Wall time: " + format(System.nanoTime() - start));
        }
        return value.orElse(null);
    }

    /** Formats a duration the way a learner reads it: "850 µs", "12.3 ms", "1.25 s". */
    static String format(long nanos) {
        if (nanos < 1_000_000) {
            return (nanos / 1_000) + " µs";
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
