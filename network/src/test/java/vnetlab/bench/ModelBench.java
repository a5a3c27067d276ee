package vnetlab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vnetlab.model.Cni;
import vnetlab.model.HypervisorKind;
import vnetlab.model.LabFile;
import vnetlab.model.Topology;
import vnetlab.model.snapshot.Snapshot;

/**
 * The model at the scale: 50 hosts, 200 VMs, 500 containers and a 20-node cluster with 2,000 pods.
 * Targets (warm JVM): build ≤ 100 ms, snapshot ≤ 20 ms. Run: {@code ./bench jmh 'ModelBench|SmokeBench' -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelBench {
    private Topology built;
    private String file;

    /** Builds the big lab through the public DSL, as a notebook would. */
    public static Topology bigLab() {
        Topology lab = new Topology("bench");
        var office = lab.lan("office", "10.1.0.0/16");
        for (int h = 0; h < 50; h++) {
            var host = office.host("host-" + h, "10.1.1." + (h + 10));
            var vbox = host.hypervisor(HypervisorKind.VIRTUALBOX);
            for (int v = 0; v < 4; v++) {
                var vm = vbox.vm("vm-" + h + "-" + v);
                switch (v) {
                    case 0 -> vm.bridged();
                    case 1 -> vm.hostOnly();
                    case 2 -> vbox.forward(2200 + v, vm.nat(), 22);
                    default -> vm.natNetwork();
                }
            }
            var docker = host.docker();
            var backend = docker.network("backend");
            for (int c = 0; c < 10; c++) {
                var container = docker.run("c-" + h + "-" + c, "nginx");
                if (c % 2 == 0) {
                    container.on(backend, "svc-" + c);
                } else {
                    container.publish(8000 + c, 80);
                }
            }
        }
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("shop", 20).cni(Cni.FLANNEL);
        var ingress = k8s.ingress("public");
        for (int d = 0; d < 10; d++) {
            var svc = k8s.deployment("app-" + d, "app:" + d).replicas(200).port(8080).expose(80);
            ingress.rule("app" + d + ".example.com", "/", svc);
        }
        return lab;
    }

    @Setup(Level.Trial)
    public void setUp() {
        built = bigLab();
        file = LabFile.write(built);
    }

    @Benchmark
    public Topology build() {
        return bigLab();
    }

    @Benchmark
    public Snapshot snapshot() {
        return built.snapshot();
    }

    @Benchmark
    public String saveToJson() {
        return LabFile.write(built);
    }

    @Benchmark
    public Topology loadFromJson() {
        return LabFile.read(file, "bench.json");
    }
}
