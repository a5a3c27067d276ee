package vnetlab.kernel.wire;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ports, transport and signing key a Jupyter client hands the kernel in its connection file.
 *
 * <pre>{@code
 * var connection = ConnectionFile.read(Path.of("/run/user/1000/jupyter/kernel-1.json"));
 * connection.address(connection.shellPort())   // "tcp://127.0.0.1:53791"
 * }</pre>
 */
public record ConnectionFile(String transport, String ip, int shellPort, int controlPort, int stdinPort,
                             int iopubPort, int heartbeatPort, String signatureScheme, String key) {

    /**
     * Reads a connection file written by jupyter_client.
     *
     * @throws IllegalArgumentException when the file is missing or is not a connection file
     */
    public static ConnectionFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the connection file \"" + file + "\": " + e.getMessage()
                    + "; Jupyter passes it as {connection_file} when it starts the kernel", e);
        }
        return parse(text, file.toString());
    }

    static ConnectionFile parse(String json, String where) {
        try {
            JsonObject o = new JsonParser().parse(json).getAsJsonObject();
            return new ConnectionFile(
                    text(o, "transport", "tcp"), text(o, "ip", "127.0.0.1"),
                    o.get("shell_port").getAsInt(), o.get("control_port").getAsInt(), o.get("stdin_port").getAsInt(),
                    o.get("iopub_port").getAsInt(), o.get("hb_port").getAsInt(),
                    text(o, "signature_scheme", "hmac-sha256"), text(o, "key", ""));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + where + "\" is not a Jupyter connection file (" + e.getMessage()
                    + "); it needs shell_port, control_port, stdin_port, iopub_port, hb_port, ip, transport and key", e);
        }
    }

    private static String text(JsonObject o, String name, String fallback) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : fallback;
    }

    /** The ZeroMQ address of one port, e.g. {@code tcp://127.0.0.1:53791} or {@code ipc://kernel-ipc-2}. */
    public String address(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
