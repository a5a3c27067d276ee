package vnetlab.model;

/**
 * The public internet as one endpoint: a destination ("any server out there") and a source ("a client out there").
 *
 * <pre>{@code
 * lab.trace(dev, INTERNET, 443)                          // a VM opens a connection out
 * lab.trace(INTERNET, "http://shop.example.com/cart")    // a client out there comes in
 * }</pre>
 */
public final class Internet implements Endpoint {

    /** The one internet; its address 192.0.2.1 is from RFC 5737's documentation range. */
    public static final Internet INTERNET = new Internet();

    private static final Ipv4 ADDRESS = Ipv4.parse("192.0.2.1");

    private Internet() {
    }

    @Override
    public String id() {
        return "internet";
    }

    @Override
    public String name() {
        return "INTERNET";
    }

    /** 192.0.2.1, the address that stands for "a server on the internet". */
    @Override
    public Ipv4 address() {
        return ADDRESS;
    }

    @Override
    public String toString() {
        return "INTERNET (a server out there, " + ADDRESS + ")";
    }
}
