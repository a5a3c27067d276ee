package vnetlab.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Routes {@code System.out} and {@code System.err} to the notebook as stream messages.
 *
 * <p>Text is collected and sent when the cell ends, every 50 ms while it runs, and at once past 32 KB (the
 * printing thread then sends it itself, so a thread printing forever is slowed to the socket's pace, never
 * buffered without end). A thread that prints after its cell ended is still heard: its text goes out within
 * 50 ms, attached to the last cell. A cell may send 8 MB of text; past that the rest is dropped with one notice.
 *
 * <pre>{@code
 * System.out.println("hello")   // appears under the cell as stdout
 * }</pre>
 */
final class OutputStreams implements AutoCloseable {
    private static final int LIMIT = 32 * 1024;
    /** What one cell (and the threads printing after it) may send; the rest is dropped with one notice. */
    static final long BUDGET_CHARS = 8L * 1024 * 1024;
    private final java.util.concurrent.atomic.AtomicLong budget = new java.util.concurrent.atomic.AtomicLong(BUDGET_CHARS);
    private final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
    private final Stream out;
    private final Stream err;
    private final Thread flusher;
    private volatile boolean running = true;

    /** Text leaving for the notebook: (stream name "stdout"/"stderr", text). */
    OutputStreams(BiConsumer<String, String> send) {
        Object sending = new Object(); // text taken from a buffer is published before anyone else publishes
        BiConsumer<String, String> bounded = (name, text) -> {
            long left = budget.getAndAdd(-text.length());
            if (left >= text.length()) {
                send.accept(name, text);
                return;
            }
            if (left > 0) {
                send.accept(name, text.substring(0, (int) left) + "\n… output stopped here: more than "
                        + BUDGET_CHARS / (1024 * 1024) + " MB was printed for this cell; the rest is not shown\n");
            }
            dropped.addAndGet(text.length() - Math.max(0, left));
        };
        this.out = new Stream("stdout", bounded, sending);
        this.err = new Stream("stderr", bounded, sending);
        this.flusher = new Thread(this::flushPeriodically, "vnetlab-output");
        flusher.setDaemon(true);
        flusher.start();
    }

    PrintStream stdout() {
        return new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    PrintStream stderr() {
        return new PrintStream(err, false, StandardCharsets.UTF_8);
    }

    /** Starts a cell: its output gets a fresh budget. */
    void newCell() {
        flush();
        budget.set(BUDGET_CHARS);
    }

    /** Characters dropped since the kernel started because a cell printed past its budget. */
    long dropped() {
        return dropped.get();
    }

    /** Sends whatever is pending, stdout first. */
    void flush() {
        out.send();
        err.send();
    }

    private void flushPeriodically() {
        while (running) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            flush();
        }
    }

    @Override
    public void close() {
        running = false;
        flusher.interrupt();
        flush();
    }

    private static final class Stream extends OutputStream {
        private final String name;
        private final BiConsumer<String, String> send;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final Object sending;

        Stream(String name, BiConsumer<String, String> send, Object sending) {
            this.name = name;
            this.send = send;
            this.sending = sending;
        }

        @Override
        public void write(int b) {
            boolean full;
            synchronized (pending) {
                pending.write(b);
                full = pending.size() > LIMIT;
            }
            if (full) {
                send();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            boolean full;
            synchronized (pending) {
                pending.write(b, off, len);
                full = pending.size() > LIMIT;
            }
            if (full) {
                send();
            }
        }

        /**
         * Publishes the pending text. Taking it and publishing it happen under one lock, so that a flush that
         * finds the buffer empty (because the periodic flusher just took it) returns only once that text is out:
         * a display that follows a println never overtakes it.
         */
        void send() {
            synchronized (sending) {
                String text;
                synchronized (pending) {
                    if (pending.size() == 0) {
                        return;
                    }
                    byte[] bytes = pending.toByteArray();
                    int cut = completeUtf8(bytes);
                    text = new String(bytes, 0, cut, StandardCharsets.UTF_8);
                    pending.reset();
                    pending.write(bytes, cut, bytes.length - cut);
                }
                send.accept(name, text);
            }
        }

        /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
        private static int completeUtf8(byte[] bytes) {
            int i = bytes.length;
            int back = 0;
            while (i > 0 && back < 4 && (bytes[i - 1] & 0xC0) == 0x80) {
                i--;
                back++;
            }
            if (i == 0) {
                return bytes.length;
            }
            int lead = bytes[i - 1] & 0xFF;
            int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return needed == back + 1 ? bytes.length : (needed > 1 ? i - 1 : bytes.length);
        }
    }
}
