package vnetlab.verify;

/**
 * The lab could not be realized in network namespaces (not root, no {@code ip}, a command failed); the message says
 * which command and what it printed.
 */
public final class VerifyException extends RuntimeException {
    public VerifyException(String message) {
        super(message);
    }
}
