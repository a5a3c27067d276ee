package vnetlab.verify;

/**
 * The verdict on one connection: whether the real kernel agreed with the trace, and if not, the hop where the two
 * first differ and what each saw.
 *
 * <pre>{@code
 * lab.verify().checks().get(0)
 * // ✔ phone → web tcp/80: delivered; web saw 192.168.1.20
 * }</pre>
 *
 * @param connection what was traced, e.g. {@code phone → web tcp/80}
 * @param agreed     whether the kernel agreed
 * @param hop        where they first differ (empty when they agree)
 * @param simulator  what the trace says
 * @param kernel     what the kernel did
 */
public record Check(String connection, boolean agreed, String hop, String simulator, String kernel) {

    static Check agree(String connection, String what) {
        return new Check(connection, true, "", what, what);
    }

    static Check differ(String connection, String hop, String simulator, String kernel) {
        return new Check(connection, false, hop, simulator, kernel);
    }

    @Override
    public String toString() {
        if (agreed) {
            return "✔ " + connection + ": " + kernel;
        }
        return "✘ " + connection + ": differs at " + hop + "\n    simulator: " + simulator + "\n    kernel:    "
                + kernel;
    }
}
