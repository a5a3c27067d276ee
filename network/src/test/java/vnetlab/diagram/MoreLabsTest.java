package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.CALICO;
import static vnetlab.Net.KVM;
import static vnetlab.Net.VIRTUALBOX;
import static vnetlab.Net.VMWARE;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.Lab;
import vnetlab.Net;

/** Labs beyond the north star (chapters 1, 4, 6, 7) draw without errors and every label shows in the SVG. */
class MoreLabsTest {

    static Stream<Arguments> labs() {
        return Stream.of(
                Arguments.of("docker desktop: containers inside a VM", (Supplier<Lab>) () -> {
                    var lab = Net.newLab("Docker Desktop");
                    var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
                    var vm = laptop.hypervisor(VIRTUALBOX).vm("docker-desktop");
                    vm.docker().run("web", "nginx").publish(8080, 80);
                    return lab;
                }),
                Arguments.of("swarm overlay across two hosts", (Supplier<Lab>) () -> {
                    var lab = Net.newLab("Swarm");
                    var dc = lab.lan("dc", "10.1.0.0/24");
                    var h1 = dc.host("h1", "10.1.0.11").docker();
                    var h2 = dc.host("h2", "10.1.0.12").docker();
                    lab.swarm("prod").join(h1).join(h2);
                    var web = h1.overlay("web");
                    h1.run("a", "nginx").on(web);
                    h2.run("b", "nginx").on(web);
                    return lab;
                }),
                Arguments.of("macvlan, VMware and KVM, an internet host", (Supplier<Lab>) () -> {
                    var lab = Net.newLab("Mixed");
                    var home = lab.lan("home", "192.168.1.0/24");
                    var box = home.host("box", "192.168.1.2");
                    box.docker().run("cam", "motion").on(box.docker().macvlan("lan", "eth0"));
                    box.hypervisor(VMWARE).vm("win").hostOnly();
                    box.hypervisor(KVM).vm("lin");
                    lab.internetHost("example.com", "192.0.2.10");
                    return lab;
                }),
                Arguments.of("hypervisor cluster with a failed host", (Supplier<Lab>) () -> {
                    var lab = Net.newLab("HA");
                    var dc = lab.lan("dc", "10.2.0.0/24");
                    var a = dc.host("esx-a", "10.2.0.11").hypervisor(VMWARE);
                    var b = dc.host("esx-b", "10.2.0.12").hypervisor(VMWARE);
                    a.vm("db").bridged();
                    var cluster = lab.hypervisorCluster("ha").add(a).add(b);
                    cluster.fail(a.host());
                    return lab;
                }),
                Arguments.of("Calico cluster with NodePort and LoadBalancer", (Supplier<Lab>) () -> {
                    var lab = Net.newLab("Calico");
                    var k8s = lab.lan("office", "10.0.5.0/24").kubernetes("c", 2).cni(CALICO);
                    var api = k8s.deployment("api", "api:2").replicas(2).port(9000);
                    api.expose(80).nodePort();
                    k8s.deployment("web", "web:1").replicas(1).port(80).expose(80).loadBalancer();
                    return lab;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void draws_and_shows_every_label(String name, Supplier<Lab> build) {
        // given
        Lab lab = build.get();
        // when
        Diagram d = Diagrams.of(lab).orElseThrow();
        // then
        String text = Svg.text(d.render(new DotCommand(DotCommand.locate().orElseThrow())).svg().orElseThrow());
        for (String label : d.labels()) {
            for (String word : Svg.words(label)) {
                assertThat(text).as("label %s", label).contains(word);
            }
        }
        assertThat(d.dot()).isEqualTo(Diagrams.of(lab).orElseThrow().dot());
    }
}
