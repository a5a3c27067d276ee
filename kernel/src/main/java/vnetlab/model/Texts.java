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
