package vnetlab.kernel;

/**
 * A documented stand-in for a DSL class, used by the kernel's tests of completion, inspect and error display.
 *
 * <pre>{@code
 * Lamp.named("desk").brightness(80)   // works
 * }</pre>
 */
public final class Lamp {
    private final String name;
    private int brightness;

    private Lamp(String name) {
        this.name = name;
    }

    /**
     * Creates a lamp with a name.
     *
     * <pre>{@code
     * var desk = Lamp.named("desk");   // works
     * }</pre>
     */
    public static Lamp named(String name) {
        return new Lamp(name);
    }

    /**
     * Sets the brightness in percent.
     *
     * <pre>{@code
     * desk.brightness(80)    // works
     * desk.brightness(120)   // fails: brightness 120 is outside 0..100
     * }</pre>
     *
     * @throws IllegalArgumentException when the percentage is outside 0..100
     */
    public Lamp brightness(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("brightness " + percent + " is outside 0..100; use a percentage");
        }
        this.brightness = percent;
        return this;
    }

    /** The brightness in percent. */
    public int brightness() {
        return brightness;
    }

    @Override
    public String toString() {
        return "Lamp " + name + " at " + brightness + "%";
    }
}
