package vnetlab.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Cni;
import vnetlab.sim.Trace;

/**
 * The scenario matrix, replayed in network namespaces by the real Linux kernel: every connection must agree with
 * its trace. Needs root (CI runs as root); fails, never skips, when namespaces cannot be made. The connections that
 * disagree for a reason filed against the simulator run in {@code KnownDisagreementsCheck} instead.
 */
class KernelAgreesWithSimulatorTest {

    static Stream<Supplier<Scenarios.Scenario>> scenarios() {
        return Scenarios.all().stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void the_kernel_agrees_with_every_trace_of_the_scenario(Supplier<Scenarios.Scenario> make) {
        // given
        Scenarios.Scenario s = make.get();
        List<Trace> traces = s.probes().stream().filter(p -> p.known().isEmpty()).map(Scenarios.Probe::trace).toList();

        // when
        Verification v = Verifier.verify(s.lab().snapshot(), traces);

        // then
        System.out.println(v.summary());
        assertThat(v.differences()).as(s.name() + "\n" + v).isEmpty();
    }

    @Test
    void kube_proxy_reaches_every_endpoint_and_the_seeded_choice_is_one_the_kernel_makes() {
        // given a ClusterIP Service with three endpoints on three nodes
        Lab lab = Net.newLab("verify: endpoints");
        var dc = lab.lan("datacenter", "192.168.10.0/24");
        var k8s = dc.kubernetes("shop", 3).cni(Cni.FLANNEL);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
        var svc = shop.expose(80);
        var client = k8s.deployment("client", "curl").replicas(1).port(1).pods().get(0);
        Set<String> simulated = new LinkedHashSet<>();
        for (long seed = 1; seed <= 30; seed++) {
            simulated.add(lab.seed(seed).trace(client, svc, 80).last().where());
        }
        Trace seeded = lab.seed(42).trace(client, svc, 80);
        List<Set<String>> reached = new ArrayList<>();

        // when
        Verification v = Verifier.run(lab.snapshot(), Verifier.rules(lab.snapshot()), oracle -> {
            reached.add(oracle.reached(seeded, 30));
            return List.of(oracle.check(seeded));
        });

        // then
        Set<String> pods = new LinkedHashSet<>();
        shop.pods().forEach(p -> pods.add(p.name()));
        assertThat(simulated).as("the simulator over 30 seeds").isEqualTo(pods);
        assertThat(reached.get(0)).as("the kernel over 30 connections").isEqualTo(pods);
        assertThat(v.differences()).as(v.toString()).isEmpty();
    }
}
