package vnetlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vnetlab.diagram.Diagrams;
import vnetlab.diagram.DotCommand;
import vnetlab.diagram.Engines;

/**
 * Diagram speed (docs/performance.md, "Diagrams"): a warm render of the chapter-2 lab to SVG (target ≤ 40 ms
 * median), a 300-node lab (≤ 1 s), and the same DOT through the dot command alone (the floor). The first render after
 * JVM start (≤ 1.5 s) is {@link First}, single-shot in fresh forks.
 * Run: {@code ./bench jmh DiagramBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiagramBench {
    private Path chapter2Dot;
    private Path lab300Dot;
    private String dotProgram;
    private vnetlab.Lab chapter2;
    private vnetlab.Lab lab300;

    @Setup
    public void setUp() throws IOException {
        dotProgram = DotCommand.locate().orElseThrow().toString();
        chapter2Dot = Files.createTempFile("chapter2", ".dot");
        chapter2 = Labs.chapter2();
        lab300 = Labs.lab300();
        Files.writeString(chapter2Dot, Diagrams.of(chapter2).orElseThrow().dot());
        lab300Dot = Files.createTempFile("lab300", ".dot");
        Files.writeString(lab300Dot, Diagrams.of(lab300).orElseThrow().dot());
    }

    /** Model → DOT → SVG for the north-star chapter-2 lab, as the kernel does on display. */
    @Benchmark
    public String chapter2LabToSvg() {
        return Diagrams.of(chapter2).orElseThrow().render(Engines.current()).svg().orElseThrow();
    }

    /** The same for a lab whose picture has 307 nodes. */
    @Benchmark
    public String lab300ToSvg() {
        return Diagrams.of(lab300).orElseThrow().render(Engines.current()).svg().orElseThrow();
    }

    /** The floor: {@code dot -Tsvg} on the chapter-2 DOT file, output discarded. */
    @Benchmark
    public int dotAloneChapter2() throws Exception {
        return run(chapter2Dot);
    }

    /** The floor for the 300-node lab. */
    @Benchmark
    public int dotAloneLab300() throws Exception {
        return run(lab300Dot);
    }

    private int run(Path file) throws Exception {
        Process p = new ProcessBuilder(dotProgram, "-Tsvg", "-o", "/dev/null", file.toString()).start();
        return p.waitFor();
    }

    /** The first render in a fresh JVM (class loading, engine lookup, thread start, dot). */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public static class First {
        @Benchmark
        public String firstChapter2RenderAfterJvmStart() {
            return Diagrams.of(Labs.chapter2()).orElseThrow().svg().orElseThrow();
        }
    }

    /** The labs: the north-star chapter-2 cells, and a lab whose picture has about 300 nodes. */
    static final class Labs {
        static vnetlab.Lab chapter2() {
            var lab = vnetlab.Net.newLab("Bridged vs NAT");
            var home = lab.lan("home", "192.168.1.0/24");
            var laptop = home.host("laptop", "192.168.1.2");
            var vbox = laptop.hypervisor(vnetlab.Net.VIRTUALBOX);
            vbox.vm("web").bridged();
            var dev = vbox.vm("dev").nat();
            vbox.vm("db").hostOnly();
            home.host("phone", "192.168.1.20");
            vbox.forward(2222, dev, 22);
            return lab;
        }

        /** 19 hosts × (host, KVM NAT, virbr0, 6 VMs, Docker NAT, docker0, 5 containers) + internet, router, LAN = 307. */
        static vnetlab.Lab lab300() {
            var lab = vnetlab.Net.newLab("300 nodes");
            var office = lab.lan("office", "10.1.0.0/16");
            for (int h = 0; h < 19; h++) {
                var host = office.host("host" + h, "10.1.0." + (10 + h));
                var kvm = host.hypervisor(vnetlab.Net.KVM);
                for (int v = 0; v < 6; v++) {
                    kvm.vm("vm" + h + "-" + v);
                }
                var docker = host.docker();
                for (int c = 0; c < 5; c++) {
                    docker.run("c" + h + "-" + c, "nginx");
                }
            }
            return lab;
        }
    }
}
