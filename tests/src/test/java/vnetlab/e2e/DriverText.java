package vnetlab.e2e;

/** Small text helpers for what kernels send. */
final class DriverText {
    private DriverText() {
    }

    /** A String's text/plain without the quotes JShell puts around it: {@code "\"abc\""} becomes {@code abc}. */
    static String unquote(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
