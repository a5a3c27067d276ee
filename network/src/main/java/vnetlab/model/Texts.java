package vnetlab.model;

/** Small helpers for learner-facing messages. */
final class Texts {
    private Texts() {
    }

    /** The learner's text in double quotes, with control characters made visible. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }

    /** Fails with "{@code call} needs {@code what}, e.g. {@code example}" when a DSL argument is null. */
    static <T> T required(T value, String call, String what, String example) {
        if (value == null) {
            throw new IllegalArgumentException(call + " needs " + what + ", e.g. " + example + ", not null");
        }
        return value;
    }

    /** Checks a Docker container or network name: letters, digits, _ . - and a letter or digit first (moby's rule). */
    static String dockerName(String what, String name) {
        name(what, name);
        if (!name.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
            throw new IllegalArgumentException(what.replaceFirst("^an? ", "") + " name " + quote(name)
                    + " is not allowed; Docker names use letters, digits, _ . - and start with a letter or digit, e.g. "
                    + quote(suggest(name)));
        }
        return name;
    }

    /** Checks a Kubernetes object name: a DNS label, lowercase letters, digits and -, starting with a letter. */
    static String kubeName(String what, String name) {
        name(what, name);
        if (!name.matches("[a-z]([a-z0-9-]*[a-z0-9])?")) {
            throw new IllegalArgumentException(what.replaceFirst("^an? ", "") + " name " + quote(name)
                    + " is not allowed; Kubernetes names are lowercase letters, digits and -, starting with a letter, e.g. "
                    + quote(suggest(name)));
        }
        return name;
    }

    /** Checks a public DNS name such as {@code example.com}: labels of letters, digits and -, separated by dots. */
    static String dnsName(String what, String name) {
        name(what, name);
        boolean ok = java.util.Arrays.stream(name.split("\\.", -1)).allMatch(l -> !l.isEmpty() && l.length() <= 63
                && l.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-')) && !l.startsWith("-") && !l.endsWith("-"));
        if (!ok) {
            throw new IllegalArgumentException(what.replaceFirst("^an? ", "") + " name " + quote(name)
                    + " is not a DNS name; use e.g. \"example.com\"");
        }
        return name;
    }

    private static String suggest(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^[^a-z]+|-+$", "");
        return s.isEmpty() ? "web" : s;
    }

    /** Checks a learner-chosen name: non-blank, printable, at most 63 characters. */
    static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name, e.g. \"web\"");
        }
        if (name.length() > 63) {
            throw new IllegalArgumentException(what + " name " + quote(name.substring(0, 20) + "…")
                    + " is too long; use at most 63 characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl) || !name.strip().equals(name)) {
            throw new IllegalArgumentException(what + " name " + quote(name)
                    + " has spaces at its ends or control characters; use letters, digits and -");
        }
        return name;
    }
}
