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
 * their thread is interrupted), one protocol thread blocks in a {@link ZMQ.Poller} on shell, control and an
 * in-process outbox; a message it cannot read is logged and dropped. Other threads never touch the shell
 * socket: their replies go through the outbox ({@link #reply(Message)}), and iopub broadcasts are serialised
 * with a lock ({@link #publish(Message)}).
 *
 * <pre>{@code
 * var channels = Channels.bind(ConnectionFile.read(path), session);
 * channels.serve(shellRequest -> ..., controlRequest -> ...);   // returns after stop()
 * }</pre>
 */
public final class Channels {
    private static final Logger LOG = Logger.getLogger(Channels.class.getName());
    private static final String OUTBOX = "inproc://vnetlab-outbox";

    private final ZMQ.Context context;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    private final ZMQ.Socket outbox;
    private final Signer signer;
    private final String session;
    private final Object iopubLock = new Object();
    private final ThreadLocal<Signer> signers;
    private final ThreadLocal<ZMQ.Socket> outboxSenders;
    private final List<ZMQ.Socket> senders = new ArrayList<>();
    private volatile boolean running = true;
    private volatile Thread loopThread;

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
        this.outbox = bound(SocketType.PULL, OUTBOX);
        this.outboxSenders = ThreadLocal.withInitial(() -> {
            ZMQ.Socket push = context.socket(SocketType.PUSH);
            push.setLinger(1000);
            push.connect(OUTBOX);
            synchronized (senders) {
                senders.add(push);
            }
            return push;
        });
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
                byte[] ping = heartbeat.recv(0);
                if (ping == null) {
                    continue;
                }
                heartbeat.send(ping, 0);
            }
        } catch (ZMQException | IllegalStateException e) {
            LOG.fine(() -> "heartbeat stopped: " + e);
        } finally {
            heartbeat.close();
        }
    }

    /**
     * Reads requests until {@link #stop()}: each shell and control message is handed to its handler on this
     * (the protocol) thread; handlers must return quickly and pass long work to another thread.
     */
    public void serve(Consumer<Message> onShell, Consumer<Message> onControl) {
        loopThread = Thread.currentThread();
        ZMQ.Poller poller = context.poller(3);
        int shellIndex = poller.register(control, ZMQ.Poller.POLLIN) + 1;
        poller.register(shell, ZMQ.Poller.POLLIN);
        int outboxIndex = poller.register(outbox, ZMQ.Poller.POLLIN);
        while (running) {
            try {
                if (poller.poll(500) <= 0) {
                    continue;
                }
                if (poller.pollin(0)) {
                    receive(control).ifPresent(onControl);
                }
                if (poller.pollin(shellIndex)) {
                    receive(shell).ifPresent(onShell);
                }
                if (poller.pollin(outboxIndex)) {
                    forward(outbox, shell);
                }
            } catch (ZMQException e) {
                if (running) {
                    LOG.log(Level.WARNING, "socket error; continuing", e);
                }
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "a request failed; the kernel continues", e);
            }
        }
        poller.close();
    }

    private java.util.Optional<Message> receive(ZMQ.Socket socket) {
        List<byte[]> frames = new ArrayList<>();
        do {
            frames.add(socket.recv(0));
        } while (socket.hasReceiveMore());
        try {
            return java.util.Optional.of(Message.parse(frames, signer));
        } catch (RuntimeException e) {
            LOG.warning("ignored a message: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static void forward(ZMQ.Socket from, ZMQ.Socket to) {
        List<byte[]> frames = new ArrayList<>();
        do {
            frames.add(from.recv(0));
        } while (from.hasReceiveMore());
        send(to, frames);
    }

    private static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** Sends a reply on shell (from the protocol thread) or through the outbox (from any other thread). */
    public void reply(Message message) {
        if (Thread.currentThread() == loopThread) {
            send(shell, message.frames(signers.get()));
        } else {
            send(outboxSenders.get(), message.frames(signers.get()));
        }
    }

    /** Sends a reply on the control socket; only from the protocol thread. */
    public void replyOnControl(Message message) {
        send(control, message.frames(signers.get()));
    }

    /** Broadcasts on iopub; safe from any thread. */
    public void publish(Message message) {
        List<byte[]> frames = message.frames(signers.get());
        synchronized (iopubLock) {
            send(iopub, frames);
        }
    }

    /** Ends {@link #serve} after the request being handled. */
    public void stop() {
        running = false;
    }

    /** Closes every socket (queued messages get up to a second to leave) and the context. */
    public void close() {
        running = false;
        synchronized (iopubLock) {
            for (ZMQ.Socket s : List.of(shell, control, stdin, iopub, outbox)) {
                s.close();
            }
        }
        synchronized (senders) {
            senders.forEach(ZMQ.Socket::close);
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
