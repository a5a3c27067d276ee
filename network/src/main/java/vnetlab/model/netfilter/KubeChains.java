package vnetlab.model.netfilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The chain names kube-proxy's iptables mode gives a Service port and its endpoints.
 *
 * <p>Same recipe as kubernetes {@code pkg/proxy/iptables/proxier.go} ({@code servicePortChainName},
 * {@code servicePortEndpointChainName}): SHA-256 of the service port name (namespace/name, plus {@code :portName}
 * when the port is named), the lower-case protocol and, for an endpoint, its {@code ip:port}; base32 (RFC 4648);
 * the first 16 characters after the prefix.
 *
 * <pre>{@code
 * KubeChains.service("default/shop", "tcp")                      // KUBE-SVC-…
 * KubeChains.endpoint("default/shop", "tcp", "10.244.1.2:8080")   // KUBE-SEP-…
 * }</pre>
 */
public final class KubeChains {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private KubeChains() {
    }

    /** The {@code KUBE-SVC-…} chain of a Service port. */
    public static String service(String servicePortName, String protocol) {
        return "KUBE-SVC-" + hash(servicePortName + protocol.toLowerCase(Locale.ROOT));
    }

    /** The {@code KUBE-SEP-…} chain of one endpoint of a Service port. */
    public static String endpoint(String servicePortName, String protocol, String endpoint) {
        return "KUBE-SEP-" + hash(servicePortName + protocol.toLowerCase(Locale.ROOT) + endpoint);
    }

    /** The {@code KUBE-EXT-…} chain kube-proxy uses for external (NodePort, LoadBalancer) traffic. */
    public static String external(String servicePortName, String protocol) {
        return "KUBE-EXT-" + hash(servicePortName + protocol.toLowerCase(Locale.ROOT));
    }

    /** The probability kube-proxy writes for the rule choosing among {@code n} remaining endpoints ({@code %0.10f}). */
    public static String probability(int remaining) {
        return String.format(Locale.ROOT, "%.10f", 1.0 / remaining);
    }

    private static final java.util.Map<String, String> HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    static String hash(String text) {
        return HASHES.computeIfAbsent(text, KubeChains::sha256);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return base32(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        while (out.length() % 8 != 0) {
            out.append('=');
        }
        return out.toString();
    }
}
