package vnetlab.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic identifiers and MACs derived from names, so a lab rebuilt from the same cells looks the same. */
final class Ids {
    private Ids() {
    }

    /** 64 lowercase hex digits, like a Docker network or container id. */
    static String hex64(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A stable non-negative number from a seed. */
    static long number(String seed) {
        long h = 1125899906842597L;
        for (int i = 0; i < seed.length(); i++) {
            h = 31 * h + seed.charAt(i);
        }
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return h & Long.MAX_VALUE;
    }

    /** A MAC with the vendor prefix {@code oui} and three bytes from the seed. */
    static Mac mac(int oui, String seed) {
        return Mac.of(oui, (int) (number(seed) & 0xFFFFFF));
    }

    private static final String POD_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    /** Kubernetes-style random-looking suffix of {@code length} characters (the apimachinery alphabet). */
    static String podSuffix(String seed, int length) {
        long n = number(seed);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(POD_ALPHABET.charAt((int) (n % POD_ALPHABET.length())));
            n = n / POD_ALPHABET.length();
            if (n == 0) {
                n = number(seed + i);
            }
        }
        return b.toString();
    }
}
