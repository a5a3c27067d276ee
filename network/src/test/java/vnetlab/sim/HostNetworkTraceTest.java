package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vnetlab.Net;
import vnetlab.model.Workspace;

/** A container on the host network driver is reached on the host's own address, and the trace says so. */
class HostNetworkTraceTest {
    private Workspace workspace;

    @BeforeEach
    void bind() {
        workspace = Workspace.open();
        workspace.bind();
    }

    @AfterEach
    void forget() {
        Net.forgetLabs();
    }

    @Test
    void a_trace_to_the_host_port_of_a_host_network_container_ends_at_that_container_s_stack() {
        // given chapter 4's probe on the host network
        var lab = Net.lab("host network");
        var home = lab.lan("home", "192.168.1.0/24");
        var host = home.host("docker-host", "192.168.1.2");
        host.docker().run("probe", "prom/prometheus").hostNetwork();
        var phone = home.host("phone", "192.168.1.20");
        // when
        Trace trace = lab.trace(phone, host, 9090);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.last().action()).isEqualTo("delivered to docker-host on tcp/9090: docker-host's own stack,"
                + " shared by probe (host network: no address of its own, no NAT)");
        assertThat(trace.last().rewrote()).isFalse();
    }
}
