package vnetlab.model;

/**
 * A TCP or UDP port number, 1..65535.
 *
 * <pre>{@code
 * Port.of(8080)   // works
 * Port.of(70000)  // fails: port 70000 must be 1..65535
 * }</pre>
 *
 * @param number the port number
 */
public record Port(int number) implements Comparable<Port> {

    /** Checks the range. */
    public Port {
        check(number, "port");
    }

    /** The port with this number. */
    public static Port of(int number) {
        return new Port(number);
    }

    /**
     * Checks a port number and returns it, naming what it is for in the message.
     *
     * @throws IllegalArgumentException {@code host port 0 must be 1..65535}
     */
    public static int check(int number, String what) {
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException(what + " " + number + " must be 1..65535");
        }
        return number;
    }

    @Override
    public int compareTo(Port o) {
        return Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return Integer.toString(number);
    }
}
