package vnetlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Objects of the same name on different machines are different endpoints: ids come from the model, never collide. */
class SameNamesTest {
    @BeforeEach
    void freshSession() {
        Net.forgetLabs();
    }

    @Test
    void a_host_and_a_vm_of_the_same_name_each_running_web_give_two_containers_that_can_both_be_traced() {
        // given
        var lab = Net.newLab("twins");
        var home = lab.lan("home", "192.168.1.0/24");
        var x = home.host("x", "192.168.1.2");
        var onHost = x.docker().run("web", "nginx").publish(8080, 80);
        var vm = x.hypervisor(Net.VIRTUALBOX).vm("x").bridged();
        var inVm = vm.docker().run("web", "nginx").publish(8080, 80);
        var phone = home.host("phone", "192.168.1.20");
        // when
        var toHost = lab.trace(phone, x, 8080);
        var toVm = lab.trace(phone, vm, 8080);
        var out = lab.trace(inVm, Net.INTERNET, 443);
        // then
        assertThat(onHost.id()).isEqualTo("container:host:x/web").isNotEqualTo(inVm.id());
        assertThat(inVm.id()).isEqualTo("container:vm:x/web");
        assertThat(toHost.delivered()).isTrue();
        assertThat(toVm.delivered()).isTrue();
        assertThat(out.delivered()).isTrue();
        assertThat(lab.topology().findEndpoint(inVm.id())).containsSame(inVm);
    }
}
