package vnetlab.lessons.harness;

/** Where a session's snippet leaves a check's result for the test (this class is shared, not isolated). */
public final class Mailbox {
    private static volatile boolean passed;
    private static volatile String text = "";

    private Mailbox() {
    }

    /**
     * Called from inside the session with a check's outcome.
     *
     * @param passed whether the check passed
     * @param text   the feedback text
     */
    public static void post(boolean passed, String text) {
        Mailbox.passed = passed;
        Mailbox.text = text;
    }

    static boolean passed() {
        return passed;
    }

    static String text() {
        return text;
    }
}
