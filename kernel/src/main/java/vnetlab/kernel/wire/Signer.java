package vnetlab.kernel.wire;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;

/**
 * Signs and checks Jupyter messages with the HMAC key of the connection file.
 *
 * <p>An empty key means "do not sign", as jupyter_client does. One instance per thread: {@link Mac} is not
 * thread-safe, so {@link #copy()} gives each sending thread its own.
 *
 * <pre>{@code
 * var signer = Signer.of("hmac-sha256", "a0436f6c-1916-498b-8eb9-e81ab9368e84");
 * signer.sign(List.of(header, parent, metadata, content))   // 64 hex digits
 * }</pre>
 */
public final class Signer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final String scheme;
    private final byte[] key;
    private final Mac mac;

    private Signer(String scheme, byte[] key) {
        this.scheme = scheme;
        this.key = key;
        if (key.length == 0) {
            this.mac = null;
            return;
        }
        String algorithm = switch (scheme) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha512" -> "HmacSHA512";
            case "hmac-sha1" -> "HmacSHA1";
            case "hmac-md5" -> "HmacMD5";
            default -> throw new IllegalArgumentException("signature scheme \"" + scheme
                    + "\" is not supported; use hmac-sha256 (jupyter_client's default)");
        };
        try {
            this.mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute " + algorithm + ": " + e.getMessage(), e);
        }
    }

    /** A signer for the scheme and key of a connection file. */
    public static Signer of(String scheme, String key) {
        return new Signer(scheme, key.getBytes(StandardCharsets.UTF_8));
    }

    /** Another signer with the same key, for use on another thread. */
    public Signer copy() {
        return new Signer(scheme, key);
    }

    /** The hex signature of the four JSON frames (header, parent header, metadata, content). */
    public String sign(List<byte[]> frames) {
        if (mac == null) {
            return "";
        }
        for (byte[] frame : frames) {
            mac.update(frame);
        }
        byte[] digest = mac.doFinal();
        char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(hex);
    }

    /** Whether the signature matches the frames; compared in constant time. Always true without a key. */
    public boolean verifies(String signature, List<byte[]> frames) {
        if (mac == null) {
            return true;
        }
        return MessageDigest.isEqual(sign(frames).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
