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
import vnetlab.diagram.DotCommand;
import vnetlab.diagram.Element;
import vnetlab.diagram.Engines;
import vnetlab.diagram.Layer;
import vnetlab.diagram.Scene;

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

    @Setup
    public void setUp() throws IOException {
        dotProgram = DotCommand.locate().orElseThrow().toString();
        chapter2Dot = Files.createTempFile("chapter2", ".dot");
        Files.writeString(chapter2Dot, Labs.chapter2().draw().dot());
        lab300Dot = Files.createTempFile("lab300", ".dot");
        Files.writeString(lab300Dot, Labs.lab(20).draw().dot());
    }

    /** Model → DOT → SVG for the north-star chapter-2 lab, as the kernel does on display. */
    @Benchmark
    public String chapter2LabToSvg() {
        return Labs.chapter2().draw().render(Engines.current()).svg().orElseThrow();
    }

    /** The same for a lab of 300 nodes (20 hosts × 15 things). */
    @Benchmark
    public String lab300ToSvg() {
        return Labs.lab(20).draw().render(Engines.current()).svg().orElseThrow();
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
            return Labs.chapter2().draw().render().svg().orElseThrow();
        }
    }

    /** Labs drawn the way the lab drawing draws them. */
    static final class Labs {
        static Scene chapter2() {
            var s = new Scene("Bridged vs NAT");
            s.thing("INTERNET", Element.INTERNET, "internet");
            s.thing("home/router", Element.ROUTER, "home router", "NAT → 203.0.113.7");
            s.thing("home", Element.LAN, "home", "192.168.1.0/24");
            var laptop = s.box("laptop", Layer.PHYSICAL, "laptop");
            laptop.thing("laptop", Element.HOST, "laptop", "eth0");
            var vbox = laptop.box("laptop/vbox", Layer.HYPERVISOR, "VirtualBox");
            vbox.thing("laptop/vbox/nat-dev", Element.NAT, "NAT engine of dev", "gw 10.0.2.2 · DNS 10.0.2.3");
            vbox.thing("laptop/vbox/vboxnet0", Element.SWITCH, "vboxnet0", "host-only 192.168.56.0/24");
            vbox.thing("laptop/vbox/web", Element.VM, "web", "bridged");
            vbox.thing("laptop/vbox/dev", Element.VM, "dev", "NAT");
            vbox.thing("laptop/vbox/db", Element.VM, "db", "host-only");
            s.link("INTERNET", "home/router").head("203.0.113.7");
            s.link("home/router", "home").tail("192.168.1.1");
            s.link("home", "laptop").head("192.168.1.2");
            s.link("home", "laptop/vbox/web").head("192.168.1.100").label("bridged").in(Layer.HYPERVISOR);
            s.link("laptop", "laptop/vbox/nat-dev").in(Layer.HYPERVISOR);
            s.link("laptop/vbox/nat-dev", "laptop/vbox/dev").head("10.0.2.15").in(Layer.HYPERVISOR);
            s.link("laptop", "laptop/vbox/vboxnet0").head("192.168.56.1").in(Layer.HYPERVISOR);
            s.link("laptop/vbox/vboxnet0", "laptop/vbox/db").head("192.168.56.101").in(Layer.HYPERVISOR);
            s.legend(Layer.PHYSICAL, Layer.HYPERVISOR, Layer.INTERNET);
            return s;
        }

        static Scene lab(int hosts) {
            var s = new Scene("big lab");
            s.thing("INTERNET", Element.INTERNET, "internet");
            s.thing("office", Element.LAN, "office", "10.1.0.0/16");
            s.link("INTERNET", "office");
            for (int h = 0; h < hosts; h++) {
                String host = "host" + h;
                var box = s.box(host, Layer.PHYSICAL, host);
                box.thing(host, Element.HOST, host, "eth0");
                s.link("office", host).head("10.1." + h + ".1");
                var kvm = box.box(host + "/kvm", Layer.HYPERVISOR, "KVM");
                kvm.thing(host + "/kvm/nat", Element.NAT, "NAT");
                kvm.thing(host + "/kvm/virbr0", Element.SWITCH, "virbr0", "192.168.122.0/24");
                s.link(host, host + "/kvm/nat");
                s.link(host + "/kvm/nat", host + "/kvm/virbr0");
                for (int v = 0; v < 6; v++) {
                    kvm.thing(host + "/kvm/vm" + v, Element.VM, "vm" + v);
                    s.link(host + "/kvm/virbr0", host + "/kvm/vm" + v).head("192.168.122." + (v + 2));
                }
                var docker = box.box(host + "/docker", Layer.CONTAINER, "Docker Engine");
                docker.thing(host + "/docker/docker0", Element.BRIDGE, "docker0", "172.17.0.0/16");
                s.link(host, host + "/docker/docker0");
                for (int c = 0; c < 5; c++) {
                    docker.thing(host + "/docker/c" + c, Element.CONTAINER, "c" + c);
                    s.link(host + "/docker/docker0", host + "/docker/c" + c).head("172.17.0." + (c + 2));
                }
            }
            return s;
        }
    }
}
