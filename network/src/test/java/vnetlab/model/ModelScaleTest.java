package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vnetlab.bench.ModelBench;

/** The benchmark's lab is what the issue asks for (its speed is measured by ModelBench, not here). */
class ModelScaleTest {

    @Test
    void the_bench_lab_has_50_hosts_200_vms_500_containers_and_2000_pods_on_20_nodes() {
        // given / when
        var lab = ModelBench.bigLab();
        var snapshot = lab.snapshot();
        // then
        assertThat(lab.hosts()).hasSize(50);
        assertThat(lab.vms()).hasSize(200);
        assertThat(lab.dockerEngines().stream().mapToInt(e -> e.containers().size()).sum()).isEqualTo(500);
        var k8s = lab.clusters().get(0);
        assertThat(k8s.nodes()).hasSize(20);
        assertThat(k8s.deployments().stream().filter(d -> d.namespace().equals("default")).mapToInt(Deployment::replicas).sum())
                .isEqualTo(2000);
        assertThat(snapshot.clusters().get(0).pods()).hasSize(2001);
        assertThat(LabFile.read(LabFile.write(lab), "bench.json").snapshot()).isEqualTo(snapshot);
    }
}
