package vnetlab.kernel.magic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of magics, and how a cell's lines are told apart into Java and magic calls.
 *
 * <pre>{@code
 * Magics.standard().find("time")   // Optional[TimeMagic]
 * }</pre>
 */
public final class Magics {
    private final Map<String, Magic> byName = new LinkedHashMap<>();

    /** The magics every session has. Register a new magic here. */
    public static Magics standard() {
        return new Magics().register(new TimeMagic()).register(new DotMagic());
    }

    /**
     * Adds a magic.
     *
     * @throws IllegalArgumentException when a magic of that name exists already
     */
    public Magics register(Magic magic) {
        if (byName.putIfAbsent(magic.name(), magic) != null) {
            throw new IllegalArgumentException("a magic named \"" + magic.name() + "\" is registered already");
        }
        return this;
    }

    /** The magic of that name, if registered. */
    public Optional<Magic> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of every registered magic, in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** A magic call in a cell: name, arguments and, for a cell magic, the body. */
    public record Call(String name, String arguments, String body) {
        /** Whether this is a cell magic ({@code %%name}). */
        public boolean cellMagic() {
            return body != null;
        }
    }

    /** A part of a cell: either Java source or a magic call. */
    public sealed interface Part {
        /** Java code to evaluate. */
        record Java(String code) implements Part {
        }

        /** A magic call. */
        record MagicLine(Call call) implements Part {
        }
    }

    /**
     * Splits a cell into Java and magic calls: {@code %%name args} on the first line makes the whole cell a cell
     * magic; any other line starting with {@code %name} is a line magic.
     */
    public static List<Part> parse(String cell) {
        String stripped = cell.stripLeading();
        if (stripped.startsWith("%%")) {
            int eol = stripped.indexOf('\n');
            String head = eol < 0 ? stripped.substring(2) : stripped.substring(2, eol);
            String body = eol < 0 ? "" : stripped.substring(eol + 1);
            String[] nameAndArgs = head.strip().split("\\s+", 2);
            return List.of(new Part.MagicLine(new Call(nameAndArgs[0], nameAndArgs.length > 1 ? nameAndArgs[1] : "",
                    body)));
        }
        List<Part> parts = new java.util.ArrayList<>();
        StringBuilder java = new StringBuilder();
        for (String line : cell.split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("%") && s.length() > 1 && Character.isJavaIdentifierStart(s.charAt(1))) {
                if (!java.toString().isBlank()) {
                    parts.add(new Part.Java(java.toString()));
                }
                java.setLength(0);
                String[] nameAndArgs = s.substring(1).split("\\s+", 2);
                parts.add(new Part.MagicLine(new Call(nameAndArgs[0], nameAndArgs.length > 1 ? nameAndArgs[1] : "",
                        null)));
            } else {
                java.append(line).append('\n');
            }
        }
        if (!java.toString().isBlank() || parts.isEmpty()) {
            String code = java.toString();
            parts.add(new Part.Java(code.endsWith("\n") && !cell.endsWith("\n")
                    ? code.substring(0, code.length() - 1) : code));
        }
        return parts;
    }
}
