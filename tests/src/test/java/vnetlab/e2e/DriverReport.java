package vnetlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What tests/src/test/python/kernel_driver.py saw when it drove one kernel through jupyter_client.
 *
 * <pre>{@code
 * DriverReport report = DriverReport.drive(Jupyter.currentJava(), "vnetlab", Map.of(), null);
 * Exchange use = report.exchange("execute", "use");
 * }</pre>
 */
record DriverReport(JsonNode json, String driverOutput) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Installs the kernel for {@code java} into a fresh prefix and runs every driver scenario against it.
     *
     * @param environment variables for the driver and the kernel it launches (a null value removes one)
     * @param extraCells JSON text {@code {cells: [{name, code}], inspect: [{name, code, cursor}],
     *                   complete: [{name, code}]}}, or null
     */
    static DriverReport drive(Path java, String kernelName, Map<String, String> environment, String extraCells) {
        return drive(java, kernelName, environment, "", extraCells);
    }

    /**
     * Like {@link #drive(Path, String, Map, String)}, running only the named scenarios (comma-separated; kernel_info
     * and shutdown always run) and then the extra cells.
     */
    static DriverReport drive(Path java, String kernelName, Map<String, String> environment, String only,
                              String extraCells, String... installOptions) {
        Path python = Jupyter.python();
        Path scratch = Jupyter.scratch("driver-");
        Path prefix = scratch.resolve("prefix");
        Jupyter.installKernel(java, prefix, kernelName, installOptions);
        Path out = scratch.resolve("report.json");
        List<String> argv = new ArrayList<>(List.of(python.toString(),
                Jupyter.script("kernel_driver.py").toString(),
                "--kernel", kernelName, "--out", out.toString(),
                "--kernel-stderr", scratch.resolve("kernel-stderr.txt").toString(), "--only", only));
        try {
            if (extraCells != null) {
                Path extra = scratch.resolve("extra.json");
                Files.writeString(extra, extraCells);
                argv.addAll(List.of("--extra", extra.toString()));
            }
            Map<String, String> env = new HashMap<>(Jupyter.environment(prefix, scratch));
            env.putAll(environment);
            Command.Result run = Command.of(argv).environment(env)
                    .timeout(Duration.ofMinutes(6)).run();
            if (!Files.isRegularFile(out)) {
                throw new AssertionError("the driver wrote no report\n" + run.describe());
            }
            return new DriverReport(JSON.readTree(out.toFile()), run.describe());
        } catch (IOException e) {
            throw new AssertionError("cannot read the driver's report " + out + ": " + e.getMessage(), e);
        }
    }

    /** A node of the report by its path of field names, e.g. {@code node("hostile", "bad_signature")}. */
    JsonNode node(String... path) {
        JsonNode node = json;
        for (String field : path) {
            node = node.path(field);
        }
        return node;
    }

    /** One request's exchange by its path in the report. */
    Exchange exchange(String... path) {
        return new Exchange(node(path));
    }

    /** The exchanges of a scenario that ran a list of cases, e.g. complete, inspect and is_complete. */
    List<Exchange> exchanges(String... path) {
        List<Exchange> all = new ArrayList<>();
        node(path).forEach(n -> all.add(new Exchange(n)));
        return all;
    }

    /** The kernel's stderr (its log) and the scenario's crash, if any, for an assertion's description. */
    String context(String scenario) {
        String crash = node(scenario).path("crashed").asText("");
        return (crash.isEmpty() ? "" : "the driver's scenario " + scenario + " crashed:\n" + crash + "\n")
                + "--- the kernel's stderr (tail) ---\n" + json.path("kernel_stderr").asText("") + "\n"
                + (json.has("crashed") ? "--- the driver crashed ---\n" + json.path("crashed").asText() + "\n" : "");
    }
}
