package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.AppliedManifests;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.ServiceType;
import vnetlab.model.TrafficPolicy;
import vnetlab.model.compose.ImportProblem;

/** Manifest sets of our own making (src/test/resources/manifests) applied to a kubeadm cluster with Calico. */
class ManifestImportTest {
    private final Lab lab = Net.newLab("manifests");
    private final KubernetesCluster k8s = lab.lan("dc", "10.10.0.0/24").kubernetes("prod", 3).cni(Net.CALICO);

    static String manifest(String name) {
        try {
            return Path.of(ManifestImportTest.class.getResource("/manifests/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shop_creates_what_kubectl_apply_would_and_lists_the_kinds_it_does_not_build() {
        // when
        AppliedManifests applied = k8s.apply(manifest("shop.yaml"));
        // then
        assertThat(applied.created()).containsExactly("namespace/shop", "deployment.apps/web", "deployment.apps/api",
                "statefulset.apps/db", "service/web", "service/api", "service/db", "ingress.networking.k8s.io/shop");
        assertThat(applied.unknownKinds()).containsExactly("ConfigMap shop-config");
        assertThat(applied.warnings()).contains("shop.yaml: not built (vnetlab does not model them): ConfigMap shop-config");
    }

    @Test
    void shop_pods_carry_their_template_labels_and_named_target_ports_resolve() {
        // when
        k8s.apply(manifest("shop.yaml"));
        // then
        var web = k8s.service("web");
        assertThat(web.namespace()).isEqualTo("shop");
        assertThat(web.targetPort()).isEqualTo(8080);
        assertThat(web.type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(web.externalTrafficPolicy()).isEqualTo(TrafficPolicy.LOCAL);
        assertThat(web.endpoints()).hasSize(2).allSatisfy(p -> assertThat(p.labels()).containsEntry("tier", "front"));
        assertThat(k8s.service("api").targetPort()).isEqualTo(9090);
        assertThat(k8s.serviceRange().contains(k8s.service("db").clusterIp())).isTrue();
    }

    @Test
    void a_pod_reaches_the_database_by_its_short_name_in_its_namespace() {
        // given
        k8s.apply(manifest("shop.yaml"));
        var api = k8s.service("api").endpoints().get(0);
        // when
        var trace = lab.trace(api, "db", 5432);
        // then
        assertThat(trace.delivered()).as(trace.toString()).isTrue();
        assertThat(trace.dns().orElseThrow().answered()).contains("db.shop.svc.cluster.local");
    }

    @Test
    void the_internet_reaches_the_api_path_through_the_ingress() {
        // given
        k8s.apply(manifest("shop.yaml"));
        // when
        var trace = lab.trace(Net.INTERNET, "http://shop.example.com/api/cart");
        // then
        assertThat(trace.delivered()).as(trace.toString()).isTrue();
        assertThat(k8s.service("api").endpoints()).extracting(p -> p.name()).contains(trace.last().where());
    }

    @Test
    void a_daemonset_runs_one_pod_per_node_and_a_fixed_node_port_is_kept() {
        // when
        var applied = k8s.apply(manifest("nodeport.yaml"));
        // then
        assertThat(k8s.deployments().stream().filter(d -> d.name().equals("agent")).findFirst().orElseThrow().replicas())
                .isEqualTo(3);
        assertThat(k8s.service("agent").nodePortNumber()).contains(30910);
        assertThat(applied.warnings()).anyMatch(w -> w.startsWith("nodeport.yaml:13:7: DaemonSet agent uses hostNetwork"));
    }

    @Test
    void applying_the_same_manifests_again_changes_nothing() {
        // given
        k8s.apply(manifest("shop.yaml"));
        var before = k8s.toString();
        // when
        k8s.apply(manifest("shop.yaml"));
        // then
        assertThat(k8s.toString()).isEqualTo(before);
    }

    @Test
    void a_selector_that_matches_nothing_fails_at_its_document() {
        String text = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\nspec:\n  template:\n    metadata:\n"
                + "      labels: {app: shop}\n    spec:\n      containers: [{name: shop, image: shop:1}]\n---\n"
                + "kind: Service\nmetadata: {name: shop}\nspec:\n  selector: {app: shpo}\n  ports: [{port: 80}]\n";
        assertThatThrownBy(() -> k8s.apply(text)).isInstanceOf(ImportProblem.class).hasMessage("manifests.yaml:11:1: Service shop"
                + " selects app=shpo, but no pod in namespace default has those labels (Deployment shop app=shop); make the"
                + " selector match the pod template's labels");
        assertThat(k8s.deployments()).isEmpty();
    }

    @Test
    void a_named_target_port_no_container_defines_fails_at_the_port() {
        String text = "kind: Pod\nmetadata: {name: web, labels: {app: web}}\nspec:\n  containers:\n    - name: web\n"
                + "      image: nginx\n      ports: [{name: http, containerPort: 80}]\n---\nkind: Service\nmetadata: {name: web}\n"
                + "spec:\n  selector: {app: web}\n  ports:\n    - port: 80\n      targetPort: https\n";
        assertThatThrownBy(() -> k8s.apply(text)).hasMessage("manifests.yaml:14:7: Service web port 80 targets the port named"
                + " \"https\", which no container of its pods defines (Pod web names http); name a containerPort \"https\" or give"
                + " targetPort as a number");
        assertThat(k8s.pods()).isEmpty();
    }

    @Test
    void malformed_yaml_names_line_and_column() {
        assertThatThrownBy(() -> k8s.apply("kind: Service\nmetadata:\n  name: [x\n")).isInstanceOf(ImportProblem.class)
                .hasMessageStartingWith("manifests.yaml:4:1: this is not valid YAML: ");
    }
}
