package vnetlab.kernel.wire;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel's five ZeroMQ sockets and the loop that reads shell and control requests.
 *
 * <p>Unlike the base kernel's channel loops (which sleep 50 ms when idle, and die on a bad signature or when
 * their thread is interrupted), each ROUTER socket has one thread that blocks in {@code recv} on it and is the
 * only one to send on it: shell on the thread that calls {@link #serve}, control on "vnetlab-control". A message
 * that cannot be read (bad or missing signature, too few frames, not JSON) is logged and dropped; a handler's
 * exception is logged and the loop goes on. iopub broadcasts come from any thread, serialised by a lock
 * ({@link #publish(Message)}). (JeroMQ 0.5.1's {@code ZMQ.Poller} was measured to add up to 6 ms per message
 * at random; a blocking {@code recv} takes 0.05 ms.)
 *
 * <pre>{@code
 * var channels = Channels.bind(ConnectionFile.read(path), session);
 * channels.serve(shellRequest -> ..., controlRequest -> ...);   // returns after stop()
 * }</pre>
 */
public final class Channels {
    private static final Logger LOG = Logger.getLogger(Channels.class.getName());
    private static final int WAKE_MILLIS = 200; // how often the loops look at the stop flag

    private final ZMQ.Context context;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    private final Signer signer;
    private final String session;
    private final Object iopubLock = new Object();
    private final Object stdinLock = new Object();
    private final ThreadLocal<Signer> signers;
    private volatile boolean running = true;
    private volatile Thread shellThread;
    private volatile Thread controlThread;

    private Channels(ConnectionFile connection, String session) {
        this.session = session;
        this.signer = Signer.of(connection.signatureScheme(), connection.key());
        this.signers = ThreadLocal.withInitial(signer::copy);
        this.context = ZMQ.context(1);
        this.shell = bound(SocketType.ROUTER, connection.address(connection.shellPort()));
        this.control = bound(SocketType.ROUTER, connection.address(connection.controlPort()));
        this.stdin = bound(SocketType.ROUTER, connection.address(connection.stdinPort()));
        this.iopub = bound(SocketType.PUB, connection.address(connection.iopubPort()));
        this.heartbeat = bound(SocketType.REP, connection.address(connection.heartbeatPort()));
        heartbeat.setReceiveTimeOut(WAKE_MILLIS);
        shell.setReceiveTimeOut(WAKE_MILLIS);
        control.setReceiveTimeOut(WAKE_MILLIS);
        stdin.setReceiveTimeOut(100);
    }

    /**
     * Binds the sockets of a connection file and starts answering heartbeats.
     *
     * @throws IllegalStateException when a port is taken
     */
    public static Channels bind(ConnectionFile connection, String session) {
        Channels channels = new Channels(connection, session);
        Thread beat = new Thread(channels::beat, "vnetlab-heartbeat");
        beat.setDaemon(true);
        beat.start();
        return channels;
    }

    private ZMQ.Socket bound(SocketType type, String address) {
        ZMQ.Socket socket = context.socket(type);
        socket.setLinger(1000);
        try {
            socket.bind(address);
        } catch (ZMQException e) {
            throw new IllegalStateException("cannot listen on " + address + " (" + e.getMessage()
                    + "); another process holds the port, so ask Jupyter to start the kernel again", e);
        }
        return socket;
    }

    /** The session id this kernel puts in every header. */
    public String session() {
        return session;
    }

    private void beat() {
        try {
            while (running) {
                try {
                    byte[] ping = heartbeat.recv(0);
                    if (ping != null) {
                        heartbeat.send(ping, 0);
                    }
                } catch (OutOfMemoryError e) {
                    LOG.fine("heartbeat: out of memory for a moment (a cell filled the heap); beating on");
                }
            }
        } catch (ZMQException | IllegalStateException e) {
            LOG.fine(() -> "heartbeat stopped: " + e);
        } finally {
            heartbeat.close();
        }
    }

    /**
     * Reads requests until {@link #stop()}: shell requests on this thread, control requests on "vnetlab-control".
     * A handler runs on its socket's thread and answers with {@link #reply} or {@link #replyOnControl} there.
     */
    public void serve(Consumer<Message> onShell, Consumer<Message> onControl) {
        shellThread = Thread.currentThread();
        Thread controlLoop = new Thread(() -> loop(control, onControl), "vnetlab-control");
        controlLoop.setDaemon(true);
        controlThread = controlLoop;
        controlLoop.start();
        loop(shell, onShell);
        try {
            controlLoop.join(2 * WAKE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(ZMQ.Socket socket, Consumer<Message> handler) {
        while (running) {
            try {
                receive(socket, 0).ifPresent(handler);
            } catch (ZMQException e) {
                if (running) {
                    LOG.log(Level.WARNING, "socket error; continuing", e);
                }
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "a request failed; the kernel continues", e);
            }
        }
    }

    /**
     * The next shell request already waiting, without blocking; only on the shell thread. The kernel uses it to
     * abort the cells queued behind a failed one.
     */
    public java.util.Optional<Message> nextWaitingShellRequest() {
        requireThread(shellThread, "shell");
        java.util.Optional<Message> next = java.util.Optional.empty();
        while (next.isEmpty()) {
            byte[] first = shell.recv(ZMQ.DONTWAIT);
            if (first == null) {
                return java.util.Optional.empty();
            }
            next = parse(first, shell);
        }
        return next;
    }

    private java.util.Optional<Message> receive(ZMQ.Socket socket, int flags) {
        byte[] first = socket.recv(flags);
        return first == null ? java.util.Optional.empty() : parse(first, socket);
    }

    private java.util.Optional<Message> parse(byte[] first, ZMQ.Socket socket) {
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        try {
            return java.util.Optional.of(Message.parse(frames, signer));
        } catch (RuntimeException e) {
            LOG.warning("ignored a message: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    private static void requireThread(Thread owner, String socket) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("only the " + socket + " thread may use the " + socket + " socket, not "
                    + Thread.currentThread().getName());
        }
    }

    /**
     * Asks the client for a line of input on the stdin channel ({@code input_request} to the identities of
     * {@code parent}) and waits for its {@code input_reply}; any thread may ask, one at a time.
     *
     * @param keepWaiting asked every 0.1 s; waiting ends (empty) once it answers false or the kernel stops
     */
    public java.util.Optional<Message> requestInput(Message parent, com.google.gson.JsonObject content,
                                                   java.util.function.BooleanSupplier keepWaiting) {
        synchronized (stdinLock) {
            Message request = parent.reply("input_request", content, session);
            send(stdin, request.frames(signers.get()));
            while (running && keepWaiting.getAsBoolean()) {
                java.util.Optional<Message> answer = receive(stdin, 0);
                // jupyter_client's input() sends its reply without a parent header: the reply to another request
                // is skipped, one without a parent is this one's (there is one input request at a time)
                String parentId = answer.map(Channels::parentId).orElse("");
                if (answer.isPresent() && "input_reply".equals(answer.get().type())
                        && (parentId.isEmpty() || request.id().equals(parentId))) {
                    return answer;
                }
            }
            return java.util.Optional.empty();
        }
    }

    private static String parentId(Message message) {
        com.google.gson.JsonElement id = message.parentHeader().get("msg_id");
        return id == null || !id.isJsonPrimitive() ? "" : id.getAsString();
    }

    /** Sends a reply on shell; only from the shell thread (the one in {@link #serve}). */
    public void reply(Message message) {
        requireThread(shellThread, "shell");
        send(shell, message.frames(signers.get()));
    }

    /** Sends a reply on control; only from the control thread. */
    public void replyOnControl(Message message) {
        requireThread(controlThread, "control");
        send(control, message.frames(signers.get()));
    }

    /** Whether the calling thread is the control thread. */
    public boolean onControlThread() {
        return Thread.currentThread() == controlThread;
    }

    /** Whether {@link #stop()} was called. */
    public boolean running() {
        return running;
    }

    /** Broadcasts on iopub; safe from any thread. */
    public void publish(Message message) {
        List<byte[]> frames = message.frames(signers.get());
        synchronized (iopubLock) {
            send(iopub, frames);
        }
    }

    /** Ends {@link #serve} after the request being handled (within 0.2 s when idle). */
    public void stop() {
        running = false;
    }

    /** Closes every socket (queued messages get up to a second to leave) and the context. */
    public void close() {
        running = false;
        synchronized (iopubLock) {
            synchronized (stdinLock) {
                for (ZMQ.Socket s : List.of(shell, control, stdin, iopub)) {
                    s.close();
                }
            }
        }
        Thread closer = new Thread(context::term, "vnetlab-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
