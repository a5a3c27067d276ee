package vnetlab.kernel;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The text that {@code help(x)} shows in the pager: the type of x, its Javadoc (ours, from the sources in the
 * jar) and its public methods, each with the first sentence of its Javadoc.
 *
 * <pre>{@code
 * Help.text(lab, javadocs)   // "Lab (vnetlab.Lab)\n\nA lab: ...\n\nMethods:\n  Lan lan(String name, String cidr) ..."
 * }</pre>
 */
final class Help {
    private static final int METHODS_SHOWN = 80;

    private Help() {
    }

    static String text(Object value, Javadocs javadocs) {
        if (value == null) {
            return "help(null): null has no type to describe; pass a value or a class, e.g. help(Lab.class)";
        }
        Class<?> type = value instanceof Class<?> c ? c : value.getClass();
        StringBuilder text = new StringBuilder();
        text.append(type.getSimpleName()).append(" (").append(type.getName()).append(")\n\n");
        javadocs.find(type.getName()).or(() -> javadocs.find(type.getSimpleName()))
                .ifPresentOrElse(doc -> text.append(doc.strip()).append("\n\n"),
                        () -> text.append("(no Javadoc for this type here)\n\n"));
        Method[] methods = Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount))
                .toArray(Method[]::new);
        if (methods.length > 0) {
            text.append("Methods:\n");
        }
        for (int i = 0; i < Math.min(methods.length, METHODS_SHOWN); i++) {
            Method m = methods[i];
            String signature = signature(m);
            text.append("  ").append(signature).append('\n');
            String member = m.getReturnType().getSimpleName() + " " + m.getDeclaringClass().getSimpleName() + "."
                    + m.getName() + "(" + "x, ".repeat(m.getParameterCount()).replaceAll(", $", "") + ")";
            firstSentence(javadocs.find(member))
                    .ifPresent(doc -> text.append("      ").append(doc).append('\n'));
        }
        if (methods.length > METHODS_SHOWN) {
            text.append("  … and ").append(methods.length - METHODS_SHOWN).append(" more\n");
        }
        return text.toString();
    }

    private static String signature(Method m) {
        StringJoiner params = new StringJoiner(", ", "(", ")");
        for (Parameter p : m.getParameters()) {
            params.add(p.getType().getSimpleName() + " " + p.getName());
        }
        return (Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getReturnType().getSimpleName() + " "
                + m.getName() + params;
    }

    private static Optional<String> firstSentence(Optional<String> doc) {
        return doc.map(d -> {
            String flat = d.strip().replaceAll("\\s+", " ");
            int end = flat.indexOf(". ");
            return end < 0 ? flat : flat.substring(0, end + 1);
        }).filter(s -> !s.isBlank());
    }
}
