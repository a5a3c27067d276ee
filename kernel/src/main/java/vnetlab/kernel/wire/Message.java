package vnetlab.kernel.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One Jupyter message: routing identities, header, parent header, metadata and content (protocol 5.3).
 *
 * <pre>{@code
 * var reply = request.reply("kernel_info_reply", content, session);
 * reply.type()   // "kernel_info_reply"
 * }</pre>
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata,
                      JsonObject content, List<byte[]> buffers) {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final String PROTOCOL_VERSION = "5.3";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    /** The message type, e.g. {@code execute_request}; empty when the header has none. */
    public String type() {
        JsonElement type = header.get("msg_type");
        return type == null || type.isJsonNull() ? "" : type.getAsString();
    }

    /** The message id from the header. */
    public String id() {
        JsonElement id = header.get("msg_id");
        return id == null || id.isJsonNull() ? "" : id.getAsString();
    }

    /** A text field of the content, if present. */
    public Optional<String> text(String field) {
        JsonElement value = content.get(field);
        return value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() ? Optional.empty()
                : Optional.of(value.getAsString());
    }

    /** A new message of the given type whose parent is this one, sent back to the same identities. */
    public Message reply(String type, JsonObject content, String session) {
        return new Message(identities, header(type, session), header, new JsonObject(), content, List.of());
    }

    /** A new message of the given type whose parent is this one, for broadcast on iopub. */
    public Message broadcast(String type, JsonObject content, String session) {
        return new Message(List.of(type.getBytes(StandardCharsets.UTF_8)), header(type, session), header,
                new JsonObject(), content, List.of());
    }

    /** A broadcast without a parent (e.g. the {@code starting} status). */
    public static Message orphan(String type, JsonObject content, String session) {
        return new Message(List.of(type.getBytes(StandardCharsets.UTF_8)), header(type, session), new JsonObject(),
                new JsonObject(), content, List.of());
    }

    static JsonObject header(String type, String session) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "vnetlab");
        header.addProperty("date", ISO.format(OffsetDateTime.now(ZoneOffset.UTC)));
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        return header;
    }

    /** The wire frames of this message, signed. */
    public List<byte[]> frames(Signer signer) {
        List<byte[]> json = List.of(bytes(header), bytes(parentHeader), bytes(metadata), bytes(content));
        List<byte[]> frames = new ArrayList<>(identities.size() + 6 + buffers.size());
        frames.addAll(identities);
        frames.add(DELIMITER);
        frames.add(signer.sign(json).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(json);
        frames.addAll(buffers);
        return frames;
    }

    /**
     * Reads a message from its wire frames.
     *
     * @throws IllegalArgumentException when the frames are malformed or the signature does not match
     */
    public static Message parse(List<byte[]> frames, Signer signer) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (java.util.Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            throw new IllegalArgumentException("malformed message: " + frames.size() + " frames, delimiter at " + delimiter);
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        List<byte[]> json = frames.subList(delimiter + 2, delimiter + 6);
        if (!signer.verifies(signature, json)) {
            throw new IllegalArgumentException("bad HMAC signature \"" + abbreviate(signature) + "\"");
        }
        return new Message(List.copyOf(frames.subList(0, delimiter)), object(json.get(0)), object(json.get(1)),
                object(json.get(2)), object(json.get(3)), List.copyOf(frames.subList(delimiter + 6, frames.size())));
    }

    private static String abbreviate(String s) {
        return s.length() > 16 ? s.substring(0, 16) + "…" : s;
    }

    private static JsonObject object(byte[] frame) {
        JsonElement e = new JsonParser().parse(new String(frame, StandardCharsets.UTF_8));
        return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    private static byte[] bytes(JsonObject o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
