package vnetlab.model;

/**
 * A named server on the internet, such as {@code example.com}; its name resolves in public DNS.
 *
 * <pre>{@code
 * var site = lab.internetHost("example.com", "93.184.216.34");
 * lab.trace(laptop, site, 443)
 * }</pre>
 */
public final class InternetHost implements Endpoint {
    private final String name;
    private final Ipv4 address;

    InternetHost(String name, Ipv4 address) {
        this.name = name;
        this.address = address;
    }

    @Override
    public String id() {
        return "internet:" + name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Ipv4 address() {
        return address;
    }

    @Override
    public String toString() {
        return "internet host \"" + name + "\" " + address;
    }
}
