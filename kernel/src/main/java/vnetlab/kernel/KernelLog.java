package vnetlab.kernel;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Sends the kernel's log to stderr: WARNING and above by default, INFO and above when {@code VNETLAB_LOG=info}.
 *
 * <pre>{@code
 * VNETLAB_LOG=info jupyter console --kernel vnetlab   // shows startup timings and every request type
 * }</pre>
 */
final class KernelLog {
    private KernelLog() {
    }

    /** Configures java.util.logging for the whole process, writing to {@code stderr} as it is now. */
    static void configure(String setting, PrintStream stderr) {
        Level level = level(setting);
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        Handler handler = new StreamHandler(stderr, new Formatter() {
            @Override
            public String format(LogRecord r) {
                String text = "vnetlab " + r.getLevel().getName() + ": " + formatMessage(r) + System.lineSeparator();
                if (r.getThrown() != null) {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    r.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                    text += trace;
                }
                return text;
            }
        }) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(level);
        root.addHandler(handler);
        root.setLevel(level);
    }

    /** The level a {@code VNETLAB_LOG} setting asks for; WARNING when unset or unknown. */
    static Level level(String setting) {
        if (setting == null || setting.isBlank()) {
            return Level.WARNING;
        }
        return switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "info" -> Level.INFO;
            case "debug", "fine" -> Level.FINE;
            case "error", "severe" -> Level.SEVERE;
            default -> Level.WARNING;
        };
    }

}
