package vnetlab.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A trace shown one step at a time, for instructor demos: the request's hops, then the reply's, each step a
 * {@link Frame} with the packet's headers as that device received and sent it.
 *
 * <p>Steps are numbered from 1, as the frame says ("step 3 of 12"). The kernel shows {@code s} once and redraws
 * that display in place on every move, so cells of {@code s.next()} walk a class through the trace.
 *
 * <pre>{@code
 * var s = lab.trace(phone, laptop, 2222).steps();
 * s              // step 1 of 6: phone sends the request
 * s.next()       // step 2 of 6: laptop's DNAT; the display above updates in place
 * s.go(5)        // the reply at laptop
 * s.previous()   // back one step
 * s.go(9)        // fails: this trace has steps 1..6
 * Display.animate(s, 700)   // every frame in one place, 0.7 s apart
 * }</pre>
 */
public final class Steps implements Iterable<Steps.Frame> {

    /**
     * One step of a trace: {@code step} (1-based) of {@link #count()} — the request's hops first, then the reply's.
     * An immutable value: a picture of it stays the same when the {@link Steps} it came from moves on.
     */
    public record Frame(Trace trace, int step) {
        public Frame {
            int all = count(trace);
            if (step < 1 || step > all) {
                throw new IllegalArgumentException("step " + step + " does not exist; this trace has steps 1.." + all);
            }
        }

        /** How many steps the trace has: its hops, plus the reply's when it was delivered. */
        public int count() {
            return count(trace);
        }

        private static int count(Trace trace) {
            return trace.hops().size() + trace.reply().size();
        }

        /** Whether this step is on the reply's way back. */
        public boolean inReply() {
            return step > trace.hops().size();
        }

        /** The hop shown: a request hop, or a reply hop once the request is through. */
        public Hop hop() {
            int n = trace.hops().size();
            return inReply() ? trace.reply().get(step - n - 1) : trace.hops().get(step - 1);
        }

        /** The hop's position in its own direction: "request hop 2 of 3", "reply hop 1 of 3". */
        public String position() {
            List<Hop> way = inReply() ? trace.reply() : trace.hops();
            return (inReply() ? "reply" : "request") + " hop " + hop().number() + " of " + way.size();
        }

        /** Whether this is the last step of the request (where it was delivered or dropped). */
        public boolean endOfRequest() {
            return step == trace.hops().size();
        }

        /** Whether this is the last step. */
        public boolean last() {
            return step == count();
        }

        /** The title of this frame: what was traced, the step and the device. */
        public String title() {
            return trace.title() + " · step " + step + " of " + count() + ": " + position() + ", " + hop().where();
        }

        /** The frame as text: the device, what it did, and each header as it arrived and as it left (⇒ = changed). */
        @Override
        public String toString() {
            Hop h = hop();
            StringBuilder out = new StringBuilder(title()).append('\n');
            if (endOfRequest() && !trace.delivered()) {
                trace.drop().ifPresent(d -> out.append("  ✖ dropped: ").append(d.detail())
                        .append(d.fix().isEmpty() ? "" : "; fix: " + d.fix()).append('\n'));
            } else {
                out.append("  ").append(h.action()).append('\n');
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"", "arrived", "left"});
            for (Header header : Header.of(h)) {
                rows.add(new String[] {header.name(), header.arrived(), header.left()
                        + (header.changed() ? "   ⇐ changed" : "")});
            }
            int a = 0;
            int b = 0;
            for (String[] r : rows) {
                a = Math.max(a, r[0].length());
                b = Math.max(b, r[1].length());
            }
            for (String[] r : rows) {
                out.append(String.format("  %-" + a + "s  %-" + b + "s  %s", r[0], r[1], r[2]).stripTrailing())
                        .append('\n');
            }
            out.append(last() ? "  (last step; s.previous() or s.go(1) to go back)" : "  next: s.next()").append('\n');
            return out.toString();
        }
    }

    /** One header field of the packet at a hop: as it arrived and as it left. */
    public record Header(String name, String arrived, String left) {
        /** Whether the device rewrote this field. */
        public boolean changed() {
            return !arrived.equals(left);
        }

        /**
         * The packet's headers at {@code hop}: source and destination address and port, and the protocol when it
         * changed (the trace's title names it otherwise).
         */
        public static List<Header> of(Hop hop) {
            Packet in = hop.before();
            Packet out = hop.after();
            List<Header> headers = new ArrayList<>();
            if (in.protocol() != out.protocol()) {
                headers.add(new Header("protocol", in.protocol().toString(), out.protocol().toString()));
            }
            headers.add(new Header("source", in.from(), out.from()));
            headers.add(new Header("destination", in.to(), out.to()));
            return List.copyOf(headers);
        }
    }

    private final Trace trace;
    private final List<Consumer<Steps>> listeners = new ArrayList<>();
    private int step = 1;

    Steps(Trace trace) {
        this.trace = trace;
    }

    /** The trace being stepped through. */
    public Trace trace() {
        return trace;
    }

    /** The number (1-based) of the step shown. */
    public int step() {
        return step;
    }

    /** How many steps there are: the request's hops, then the reply's when it was delivered. */
    public int count() {
        return trace.hops().size() + trace.reply().size();
    }

    /** The step shown, as an immutable frame. */
    public Frame frame() {
        return new Frame(trace, step);
    }

    /** The hop shown (a request hop, or a reply hop). */
    public Hop hop() {
        return frame().hop();
    }

    /** Whether the last step is shown. */
    public boolean atEnd() {
        return step == count();
    }

    /** Shows the next step (stays on the last) and tells the listeners. */
    public Steps next() {
        return go(Math.min(step + 1, count()));
    }

    /** Shows the previous step (stays on the first) and tells the listeners. */
    public Steps previous() {
        return go(Math.max(step - 1, 1));
    }

    /**
     * Shows step {@code number} (1-based, as the frame counts) and tells the listeners.
     *
     * @throws IllegalArgumentException when the trace has no such step
     */
    public Steps go(int number) {
        if (number < 1 || number > count()) {
            throw new IllegalArgumentException("step " + number + " does not exist; this trace has steps 1.."
                    + count() + " (s.go(1) is the first)");
        }
        step = number;
        listeners.forEach(l -> l.accept(this));
        return this;
    }

    /** Registers a listener called after every move (the kernel redraws the display with it). */
    public Steps onChange(Consumer<Steps> listener) {
        listeners.add(listener);
        return this;
    }

    /** Every frame, first to last (for {@code Display.animate(trace.steps(), 700)}); does not move this. */
    @Override
    public Iterator<Frame> iterator() {
        List<Frame> frames = new ArrayList<>();
        for (int i = 1; i <= count(); i++) {
            frames.add(new Frame(trace, i));
        }
        return frames.iterator();
    }

    /** The frame shown, as text. */
    @Override
    public String toString() {
        return frame().toString();
    }
}
