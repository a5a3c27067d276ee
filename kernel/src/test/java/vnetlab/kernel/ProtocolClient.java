package vnetlab.kernel;

import com.google.gson.JsonObject;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import vnetlab.kernel.wire.ConnectionFile;
import vnetlab.kernel.wire.Message;
import vnetlab.kernel.wire.Signer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimal Jupyter client over JeroMQ for in-process protocol tests: DEALER sockets on shell and control, SUB on
 * iopub, signing with the connection's key.
 */
final class ProtocolClient implements AutoCloseable {
    final ConnectionFile connection;
    private final Signer signer;
    private final ZMQ.Context context = ZMQ.context(1);
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket iopub;

    ProtocolClient(ConnectionFile connection) {
        this.connection = connection;
        this.signer = Signer.of(connection.signatureScheme(), connection.key());
        shell = connect(SocketType.DEALER, connection.shellPort());
        control = connect(SocketType.DEALER, connection.controlPort());
        iopub = connect(SocketType.SUB, connection.iopubPort());
        iopub.subscribe(new byte[0]);
    }

    static ConnectionFile freshConnection() {
        return new ConnectionFile("tcp", "127.0.0.1", freePort(), freePort(), freePort(), freePort(), freePort(),
                "hmac-sha256", "test-key-" + System.nanoTime());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket socket = context.socket(type);
        socket.setLinger(0);
        socket.setReceiveTimeOut(5000);
        socket.connect(connection.address(port));
        return socket;
    }

    Message request(String type, JsonObject content) {
        return Message.orphan(type, content, "test-session");
    }

    Message sendShell(Message request) {
        send(shell, request.frames(signer));
        return request;
    }

    Message sendControl(Message request) {
        send(control, request.frames(signer));
        return request;
    }

    /** Sends raw frames on shell, e.g. with a forged signature. */
    void sendShellFrames(List<byte[]> frames) {
        send(shell, frames);
    }

    List<byte[]> framesOf(Message message) {
        return new ArrayList<>(message.frames(signer));
    }

    private static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    Optional<Message> shellReply(int timeoutMillis) {
        return receive(shell, timeoutMillis);
    }

    Optional<Message> controlReply(int timeoutMillis) {
        return receive(control, timeoutMillis);
    }

    Optional<Message> iopub(int timeoutMillis) {
        return receive(iopub, timeoutMillis);
    }

    private Optional<Message> receive(ZMQ.Socket socket, int timeoutMillis) {
        socket.setReceiveTimeOut(timeoutMillis);
        byte[] first = socket.recv(0);
        if (first == null) {
            return Optional.empty();
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return Optional.of(Message.parse(frames, signer));
    }

    /** Every iopub message for a request until its idle status, in order. */
    List<Message> iopubUntilIdle(Message request, int timeoutMillis) {
        List<Message> messages = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Optional<Message> m = iopub((int) Math.max(1, deadline - System.currentTimeMillis()));
            if (m.isEmpty()) {
                break;
            }
            Message message = m.get();
            if (!request.id().equals(parentId(message))) {
                continue;
            }
            messages.add(message);
            if (message.type().equals("status")
                    && message.content().get("execution_state").getAsString().equals("idle")) {
                break;
            }
        }
        return messages;
    }

    static String parentId(Message message) {
        return message.parentHeader().has("msg_id") ? message.parentHeader().get("msg_id").getAsString() : "";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        shell.close();
        control.close();
        iopub.close();
        context.term();
    }
}
