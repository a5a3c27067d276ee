package vnetlab.bench;

import static vnetlab.Net.*;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Host;
import vnetlab.model.Lan;
import vnetlab.model.Protocol;
import vnetlab.sim.Reachability;
import vnetlab.sim.Simulator;
import vnetlab.sim.Trace;

/**
 * The simulator's speed (issue 5): one trace through the north-star Kubernetes lab (target ≤ 1 ms median, warm), and
 * reachability over 200 endpoints (target ≤ 1 s). The baseline is a trace on a two-host LAN in the same run.
 *
 * <p>Run: {@code ./bench jmh SimBench -f 1 -wi 3 -i 5}. Results: docs/performance.md, section Simulation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimBench {

    private Lab kubernetes;
    private Simulator kubernetesSim;
    private Lab small;
    private Host phone;
    private Host laptop;
    private Simulator bigSim;
    private int bigEndpoints;

    @Setup(Level.Trial)
    public void setUp() {
        vnetlab.model.Workspace.open().bind(); // outside the kernel a thread needs its workspace
        kubernetes = Net.newLab("bench: Kubernetes ingress");
        var dc = kubernetes.lan("datacenter", "192.168.10.0/24");
        var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);
        var svc = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080).expose(80);
        k8s.ingress("public").rule("shop.example.com", "/", svc);
        kubernetesSim = kubernetes.simulator();

        small = Net.newLab("bench: two hosts");
        Lan home = small.lan("home", "192.168.1.0/24");
        phone = home.host("phone", "192.168.1.20");
        laptop = home.host("laptop", "192.168.1.2");

        Lab big = bigLab();
        bigSim = big.simulator();
        bigEndpoints = bigSim.reachability(Protocol.TCP, 80).endpoints().size();
        if (bigEndpoints < 200) {
            throw new IllegalStateException("the big lab has " + bigEndpoints + " endpoints; the bench needs 200");
        }
    }

    /** 200 endpoints: LAN hosts, VMs in every mode, containers on two bridges, pods on three nodes, INTERNET. */
    static Lab bigLab() {
        Lab lab = Net.newLab("bench: 200 endpoints");
        Lan office = lab.lan("office", "192.168.1.0/24");
        for (int i = 0; i < 60; i++) {
            office.host("pc-" + i, "192.168.1." + (20 + i));
        }
        var laptop = office.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(VIRTUALBOX);
        for (int i = 0; i < 30; i++) {
            var vm = vbox.vm("vm-" + i);
            switch (i % 3) {
                case 0 -> vm.bridged();
                case 1 -> vm.nat();
                default -> vm.hostOnly();
            }
        }
        var dockerHost = office.host("docker-host", "192.168.1.3");
        var docker = dockerHost.docker();
        var backend = docker.network("backend");
        for (int i = 0; i < 40; i++) {
            var c = docker.run("c-" + i, "nginx");
            if (i % 2 == 0) {
                c.on(backend);
            } else {
                c.publish(8000 + i, 80);
            }
        }
        Lan dc = lab.lan("datacenter", "10.10.0.0/24");
        var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);
        var svc = k8s.deployment("shop", "shop:1.4").replicas(66).port(8080).expose(80);
        k8s.ingress("public").rule("shop.example.com", "/", svc);
        return lab;
    }

    /** Baseline: one trace across a LAN, no rewrite. */
    @Benchmark
    public Trace baselineTraceOnOneLan() {
        return small.simulator().trace(phone.id(), laptop.id(), Protocol.TCP, 80);
    }

    /** The north-star Kubernetes trace on a built simulator: LB → ingress → Service → pod over VXLAN. */
    @Benchmark
    public Trace traceKubernetesIngress() {
        return kubernetesSim.trace("internet", "http://shop.example.com/cart");
    }

    /** The same trace as a cell runs it: snapshot the lab, build the simulator, trace. */
    @Benchmark
    public Trace traceKubernetesIngressFromLab() {
        return kubernetes.trace(INTERNET, "http://shop.example.com/cart");
    }

    /** Who can reach whom among 200 endpoints (about 40,000 traces). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public Reachability reachability200() {
        return bigSim.reachability(Protocol.TCP, 80);
    }
}
