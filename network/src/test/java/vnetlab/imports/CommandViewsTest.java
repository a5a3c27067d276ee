package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vnetlab.imports.ComposeImportTest.fixture;
import static vnetlab.imports.ManifestImportTest.manifest;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.ComposeProject;
import vnetlab.model.DockerEngine;
import vnetlab.model.KubernetesCluster;

/** Views shaped like the real commands' output: docker network inspect, docker port, kubectl get. */
class CommandViewsTest {

    @Test
    void docker_port_prints_one_line_per_published_port() {
        // given
        Lab lab = Net.newLab("views");
        DockerEngine docker = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2").docker();
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // when / then: docker port's format, CONTAINER_PORT/PROTO -> HOST_IP:HOST_PORT
        assertThat(shop.container("web").port()).hasToString("80/tcp -> 0.0.0.0:8080\n443/tcp -> 127.0.0.1:8443\n");
    }

    @Test
    void docker_network_inspect_lists_ipam_and_the_containers_with_their_prefix() {
        // given
        Lab lab = Net.newLab("views");
        DockerEngine docker = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2").docker();
        docker.compose(fixture("shop/compose.yaml"));
        // when
        String text = docker.networkInspect("shop_back").text();
        // then
        assertThat(text).contains("\"Name\" : \"shop_back\"", "\"Subnet\" : \"10.5.0.0/24\"", "\"Gateway\" : \"10.5.0.1\"",
                "\"Internal\" : true", "\"IPv4Address\" : \"10.5.0.10/24\"", "\"com.docker.compose.project\" : \"shop\"",
                "\"com.docker.compose.network\" : \"back\"");
        assertThatThrownBy(() -> docker.networkInspect("nope")).hasMessageStartingWith("Error: No such network: nope");
    }

    @Test
    void kubectl_get_svc_endpoints_and_pods_wide() {
        // given
        Lab lab = Net.newLab("views");
        KubernetesCluster k8s = lab.lan("dc", "10.10.0.0/24").kubernetes("prod", 3).cni(Net.CALICO, "10.244.0.0/16");
        k8s.apply(manifest("shop.yaml"));
        // when
        var svc = k8s.get("svc -n shop");
        var ep = k8s.get("endpoints -n shop");
        var pods = k8s.get("pods -A -o wide");
        // then
        assertThat(svc.header()).containsExactly("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)");
        assertThat(svc.column("NAME")).containsExactly("web", "api", "db");
        assertThat(svc.column("TYPE")).containsExactly("LoadBalancer", "ClusterIP", "ClusterIP");
        assertThat(svc.column("PORT(S)").get(0)).matches("80:3\\d{4}/TCP");
        assertThat(ep.column("ENDPOINTS").get(0)).matches("10\\.244\\.\\d+\\.\\d+:8080,10\\.244\\.\\d+\\.\\d+:8080");
        assertThat(pods.header()).containsExactly("NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "IP", "NODE",
                "NOMINATED NODE", "READINESS GATES");
        assertThat(pods.text()).startsWith("NAMESPACE ").contains("   1/1     Running   0   ");
        assertThat(k8s.get("svc").column("NAME")).containsExactly("kubernetes");
        assertThatThrownBy(() -> k8s.get("nodes")).hasMessage("k8s.get knows svc, endpoints and pods, not \"nodes\"");
    }
}
