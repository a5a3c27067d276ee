package vnetlab.kernel;

import vnetlab.model.Workspace;

import vnetlab.kernel.wire.Channels;
import vnetlab.kernel.wire.ConnectionFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

/**
 * The command line of {@code vnetlab-kernel.jar}: run the kernel for a connection file, install the kernelspec,
 * or print help and version.
 *
 * <pre>{@code
 * java -jar vnetlab-kernel.jar install --user          // Jupyter now lists "Java (vnetlab)"
 * java -jar vnetlab-kernel.jar /path/kernel-1234.json  // what Jupyter runs
 * }</pre>
 */
public final class Main {
    static final String USAGE = """
            vnetlab kernel: a Jupyter kernel for Java (JShell) with the vnetlab network DSL.

            Usage:
              java -jar vnetlab-kernel.jar CONNECTION_FILE
                  run the kernel (Jupyter does this, through kernel.json)
              java -jar vnetlab-kernel.jar install [--user | --sys-prefix | --prefix DIR] [--name NAME]
                                                   [--max-heap SIZE] [--no-cds]
                  install the kernelspec (default --user, name "vnetlab") as `jupyter kernelspec install` would:
                    --user        ~/.local/share/jupyter/kernels/NAME (macOS: ~/Library/Jupyter/kernels/NAME)
                    --sys-prefix  $VIRTUAL_ENV or $CONDA_PREFIX, else /usr: PREFIX/share/jupyter/kernels/NAME
                    --prefix DIR  DIR/share/jupyter/kernels/NAME
                    --max-heap    the kernel's heap limit, as -Xmx takes it (default 1g); a cell past it fails
                                  with OutOfMemoryError and the kernel and its objects survive
                    --no-cds      skip the class-data archive that makes the kernel start faster
              java -jar vnetlab-kernel.jar --version
              java -jar vnetlab-kernel.jar --help

            Environment: VNETLAB_LOG=info logs each request to stderr (default: warnings only).
            """;

    private Main() {
    }

    /** Runs the command in {@code args}. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        // one kernel process is one learner's session: its labs, warnings, drawing engine and course progress live in
        // this workspace, bound to the main thread and so inherited by every thread the kernel and its cells start
        try (var session = Workspace.open().bind()) {
            return runBound(args, out, err);
        }
    }

    private static int runBound(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            out.println(KernelInfo.NAME + " " + KernelInfo.version());
            return 0;
        }
        try {
            if (args[0].equals("install")) {
                Path dir = Install.parse(Arrays.copyOfRange(args, 1, args.length)).run();
                out.println("Installed the kernelspec \"" + dir.getFileName() + "\" in " + dir);
                return 0;
            }
            if (args[0].equals("train")) {
                Training.run();
                return 0;
            }
            if (args[0].equals("archive")) { // internal: a kernel asks for its user's start-up archive
                try {
                    Thread.sleep(Archive.DELAY_MILLIS); // the learner's first cells go first
                } catch (InterruptedException e) {
                    return 1;
                }
                Archive.of(Install.javaExecutable(), Install.jar())
                        .create(Arrays.asList(args).subList(1, args.length), true);
                return 0;
            }
            if (args[0].startsWith("-")) {
                err.println("unknown option \"" + args[0] + "\"; see --help");
                return 2;
            }
            ConnectionFile connection = ConnectionFile.read(Path.of(args[0]));
            KernelLog.configure(System.getenv("VNETLAB_LOG"), err);
            var engine = Evaluator.start(StartupImports.LIST); // JShell warms up while the sockets open
            Channels channels = Channels.bind(connection, UUID.randomUUID().toString());
            java.util.logging.Logger.getLogger(Main.class.getName()).info(() -> "sockets bound at JVM uptime "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            Archive.refreshInBackground(Archive.trainingOptions(
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
            new Kernel(channels, engine).run();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("vnetlab: " + e.getMessage());
            return 1;
        }
    }
}
