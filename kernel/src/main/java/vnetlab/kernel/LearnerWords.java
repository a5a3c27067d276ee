package vnetlab.kernel;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says a compile error or a null variable in the learner's words, from javac's message and the learner's own code:
 * a misspelt method gets the nearest method of the receiver's type, an unknown variable the advice to run the cell
 * that creates it, a wrong argument one line naming the call, what it needs and what was passed.
 *
 * <pre>{@code
 * vbox.vm("a").bridge()        // Vm has no method bridge(); did you mean bridged()?
 * lab.trace(phone, web, 80)    // phone does not exist yet: run the cell that creates it
 * lab.trace("phone", web, 80)  // lab.trace needs two endpoints, e.g. lab.trace(phone, web, 80); you passed a String "phone"
 * }</pre>
 */
final class LearnerWords {
    private static final Pattern METHOD = Pattern.compile("symbol:\\s+method (\\w+)\\(([^)]*)\\)\\s*\\|\\s*location: (?:class|interface|variable \\w+ of type) ([\\w.$]+)");
    private static final Pattern VARIABLE = Pattern.compile("cannot find symbol\\s*\\|\\s*symbol:\\s+variable (\\w+)");
    private static final Pattern NO_SUITABLE = Pattern.compile("no suitable (?:method|constructor) found for (\\w+)\\(([^)]*)\\)\\s*\\|\\s*(?:method|constructor) ([\\w.$]+)\\.\\w+\\(([^)]*)\\)");
    private static final Pattern CANNOT_APPLY = Pattern.compile("method (\\w+) in (?:class|interface) [\\w.$<>]+ cannot be applied to given types;?\\s*\\|\\s*required: ([^|]*)\\|\\s*found:\\s*([^|]*)");
    private static final Pattern MISMATCH = Pattern.compile("(?:argument mismatch; )?([\\w.$\\[\\]]+) cannot be converted to ([\\w.$\\[\\]<>]+)");
    private static final Pattern INCOMPATIBLE = Pattern.compile("^incompatible types: ([\\w.$\\[\\]]+) cannot be converted to ([\\w.$\\[\\]<>]+)");
    private static final Pattern NULL_VARIABLE = Pattern.compile("because \"REPL\\.\\$JShell\\$\\d+[A-Za-z]?\\.(\\w+)\" is null");

    private LearnerWords() {
    }

    /**
     * The learner's line for a compile error, if we have one.
     *
     * @param raw       javac's message, its lines joined with " | "
     * @param source    the snippet's source
     * @param start     where the error starts in the snippet
     * @param end       where it ends
     * @param variables the session's variables: name → type name
     * @return one line, or empty when javac's own message is the best we have
     */
    static Optional<String> explain(String raw, String source, int start, int end, Map<String, String> variables) {
        Matcher m = METHOD.matcher(raw);
        if (m.find()) {
            return misspeltMethod(m.group(1), m.group(3));
        }
        m = VARIABLE.matcher(raw);
        if (m.find()) {
            String name = m.group(1);
            String near = nearest(name, variables.keySet()).map(n -> " (did you mean " + n + "?)").orElse("");
            return Optional.of(name + " does not exist yet: run the cell that creates it" + near);
        }
        m = NO_SUITABLE.matcher(raw);
        if (m.find()) {
            return wrongArgument(source, start, end, m.group(1), split(m.group(2)), split(m.group(4)), variables);
        }
        m = CANNOT_APPLY.matcher(raw);
        if (m.find()) {
            return wrongArgument(source, start, end, m.group(1), split(m.group(3)), split(m.group(2)), variables);
        }
        m = INCOMPATIBLE.matcher(raw);
        if (m.find()) {
            String passed = source.substring(Math.max(0, start), Math.min(source.length(), Math.max(start, end))).strip();
            return Optional.of("this needs " + article(words(m.group(2))) + " here; you passed " + article(words(m.group(1)))
                    + (passed.isEmpty() ? "" : " " + passed));
        }
        return Optional.empty();
    }

    /**
     * A note for a null pointer that comes from a variable left null by a failed cell.
     *
     * @param message the exception's message
     * @param unset   the variables whose declaring cell failed
     * @return one line, or empty when the message names no variable
     */
    static Optional<String> nullVariable(String message, Set<String> unset) {
        Matcher m = NULL_VARIABLE.matcher(message == null ? "" : message);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        return Optional.of(unset.contains(name)
                ? name + " has no value: the cell that declared it (var " + name + " = …) failed; fix that cell and run it again"
                : name + " is null: give it a value before using it");
    }

    /**
     * The note under a failed {@code var} cell.
     *
     * @param name the variable the cell declares
     * @return one line
     */
    static String leftUnset(String name) {
        return "note: " + name + " is declared but has no value (null) because this cell failed; fix it and run it again before using " + name;
    }

    private static Optional<String> misspeltMethod(String wanted, String typeName) {
        Optional<Class<?>> type = ourClass(typeName);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<String> methods = Arrays.stream(type.get().getMethods())
                .filter(x -> x.getDeclaringClass() != Object.class && !x.isSynthetic())
                .map(Method::getName).distinct().sorted().toList();
        String simple = type.get().getSimpleName();
        return Optional.of(nearest(wanted, methods)
                .map(n -> simple + " has no method " + wanted + "(); did you mean " + n + "()?")
                .orElse(simple + " has no method " + wanted + "(); press Tab after \"" + decapitalize(simple) + ".\" to see its methods"));
    }

    private static Optional<String> wrongArgument(String source, int start, int end, String method, List<String> found,
                                                  List<String> required, Map<String, String> variables) {
        int index = -1;
        for (int i = 0; i < Math.min(found.size(), required.size()); i++) {
            if (!found.get(i).equals(required.get(i)) && !assignable(found.get(i), required.get(i))) {
                index = i;
                break;
            }
        }
        String call = source.substring(Math.max(0, start), Math.min(source.length(), Math.max(start, end))).strip();
        if (!call.endsWith(method)) {
            call = method;
        }
        List<String> args = arguments(source, Math.max(start, end));
        String needs = needs(required);
        StringBuilder example = new StringBuilder(call).append('(');
        List<String> used = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            String arg = i < args.size() ? args.get(i).strip() : "";
            String unquoted = arg.startsWith("\"") && arg.endsWith("\"") && arg.length() > 1 ? arg.substring(1, arg.length() - 1) : arg;
            String value;
            if (isEndpoint(required.get(i))) {
                value = variables.containsKey(unquoted) ? unquoted
                        : variables.entrySet().stream().filter(e -> isEndpoint(e.getValue()) && !used.contains(e.getKey()))
                                .map(Map.Entry::getKey).findFirst().orElse("endpoint");
            } else {
                value = arg.isEmpty() ? simple(required.get(i)).toLowerCase(java.util.Locale.ROOT) : arg;
            }
            used.add(value);
            example.append(i > 0 ? ", " : "").append(value);
        }
        example.append(')');
        String passed = index >= 0 && index < args.size()
                ? "; you passed " + article(words(found.get(index))) + " " + args.get(index).strip() : "";
        return Optional.of(call + " needs " + needs + ", e.g. " + example + passed);
    }

    private static String needs(List<String> required) {
        long endpoints = required.stream().filter(LearnerWords::isEndpoint).count();
        if (endpoints >= 2) {
            return endpoints == 2 ? "two endpoints" : endpoints + " endpoints";
        }
        List<String> parts = required.stream().map(r -> article(words(r))).toList();
        return parts.isEmpty() ? "no arguments" : String.join(", ", parts);
    }

    private static boolean isEndpoint(String type) {
        return ourClass(type).map(vnetlab.model.Endpoint.class::isAssignableFrom).orElse(false);
    }

    private static boolean assignable(String from, String to) {
        Optional<Class<?>> a = ourClass(from);
        Optional<Class<?>> b = ourClass(to);
        return a.isPresent() && b.isPresent() && b.get().isAssignableFrom(a.get());
    }

    /** The arguments of the call whose name ends at {@code from}, split at top-level commas. */
    private static List<String> arguments(String source, int from) {
        int open = source.indexOf('(', from);
        List<String> args = new ArrayList<>();
        if (open < 0) {
            return args;
        }
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && (i == 0 || source.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                if (depth == 0) {
                    args.add(current.toString());
                    return args.stream().filter(a -> !a.isBlank()).toList();
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static List<String> split(String types) {
        return types.isBlank() || types.strip().equals("no arguments") ? List.of()
                : Arrays.stream(types.split(",")).map(String::strip).toList();
    }

    private static String words(String type) {
        return switch (simple(type)) {
            case "int", "long", "short" -> "number";
            case "boolean" -> "true or false";
            default -> simple(type);
        };
    }

    private static String simple(String type) {
        String t = type.replaceAll("<.*>", "");
        return t.substring(t.lastIndexOf('.') + 1);
    }

    private static String article(String word) {
        if (word.equals("true or false")) {
            return word;
        }
        return ("AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Our class of this name (simple or qualified), if there is one. */
    static Optional<Class<?>> ourClass(String name) {
        String plain = name.replaceAll("<.*>", "").strip();
        if (plain.isEmpty() || Character.isLowerCase(plain.charAt(plain.lastIndexOf('.') + 1))) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        if (plain.startsWith("vnetlab.")) {
            candidates.add(plain);
        } else if (!plain.contains(".")) {
            for (String p : List.of("vnetlab.", "vnetlab.model.", "vnetlab.sim.", "vnetlab.course.", "vnetlab.diagram.")) {
                candidates.add(p + plain);
            }
        }
        for (String candidate : candidates) {
            try {
                return Optional.of(Class.forName(candidate, false, LearnerWords.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // not this package
            }
        }
        return Optional.empty();
    }

    /** The closest of the names, if one is close enough to be a typo of {@code wanted}. */
    static Optional<String> nearest(String wanted, java.util.Collection<String> names) {
        int limit = Math.max(1, Math.min(3, wanted.length() / 3));
        return names.stream().filter(n -> !n.equals(wanted) && !n.startsWith("$"))
                .map(n -> Map.entry(n, vnetlab.model.EditDistance.between(wanted.toLowerCase(java.util.Locale.ROOT), n.toLowerCase(java.util.Locale.ROOT))))
                .filter(e -> e.getValue() <= limit)
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    static boolean isPublicApi(Method m) {
        return Modifier.isPublic(m.getModifiers());
    }
}
