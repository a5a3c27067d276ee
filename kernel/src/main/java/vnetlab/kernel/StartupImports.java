package vnetlab.kernel;

import java.util.List;

/**
 * The imports every session starts with, so that north-star cells run without any import line.
 *
 * <p>Each is evaluated on its own; one that fails (a package not written yet) is logged at WARNING, not fatal.
 *
 * <pre>{@code
 * var lab = Net.lab("intro");   // works in a fresh notebook: vnetlab.* is imported
 * }</pre>
 */
public final class StartupImports {
    /** The import lines, in order. Add an entry point of the DSL here. */
    public static final List<String> LIST = List.of(
            "import vnetlab.*;",
            "import vnetlab.model.*;",
            "import vnetlab.sim.*;",
            "import static vnetlab.Net.*;",
            "import static vnetlab.course.Course.*;",
            "import static vnetlab.kernel.Display.*;");

    private StartupImports() {
    }
}
