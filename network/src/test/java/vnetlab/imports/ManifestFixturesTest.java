package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.imports.ManifestImportTest.manifest;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.KubernetesCluster;
import vnetlab.sim.DropReason;

/** The other manifest sets: an Ingress with Exact path and default backend, two namespaces, the default-deny idiom. */
class ManifestFixturesTest {
    private final Lab lab = Net.newLab("manifest fixtures");
    private final KubernetesCluster k8s = lab.lan("dc", "10.10.0.0/24").kubernetes("prod", 2).cni(Net.CALICO, "10.244.0.0/16");

    @Test
    void an_exact_path_reaches_docs_and_anything_else_the_default_backend() {
        // given
        var applied = k8s.apply(manifest("ingress.yaml"));
        // when: Ingress API docs: Exact is exact ("/guide" ≠ "/guide/"); no match → the default backend
        var guide = lab.trace(Net.INTERNET, "http://docs.example.com/guide");
        var other = lab.trace(Net.INTERNET, "http://docs.example.com/guide/");
        // then
        assertThat(k8s.service("docs").endpoints()).extracting(p -> p.name()).contains(guide.last().where());
        assertThat(k8s.service("notfound").endpoints()).extracting(p -> p.name()).contains(other.last().where());
        assertThat(applied.warnings()).anyMatch(w -> w.contains("terminates TLS for [docs.example.com]"));
    }

    @Test
    void a_list_of_two_namespaces_resolves_across_them_by_service_dot_namespace() {
        // given
        k8s.apply(manifest("namespaces.yaml"));
        var front = k8s.pods().stream().filter(p -> p.namespace().equals("web")).findFirst().orElseThrow();
        // when
        var shortName = lab.trace(front, "cache", 6379);
        var withNamespace = lab.trace(front, "cache.data", 6379);
        // then
        assertThat(shortName.dropReason()).contains(DropReason.NAME_NOT_RESOLVED);
        assertThat(shortName.drop().orElseThrow().fix()).isEqualTo("Service \"cache\" is in namespace data, not web; ask for"
                + " cache.data (or cache.data.svc.cluster.local)");
        assertThat(withNamespace.delivered()).as(withNamespace.toString()).isTrue();
        assertThat(k8s.service("cache").targetPort()).isEqualTo(6379);
    }

    @Test
    void default_deny_with_one_allow_lets_only_the_web_team_in() {
        // given
        k8s.apply(manifest("namespaces.yaml"));
        k8s.apply(manifest("policies.yaml"));
        var front = k8s.pods().stream().filter(p -> p.namespace().equals("web")).findFirst().orElseThrow();
        var cache = k8s.pods().stream().filter(p -> p.namespace().equals("data")).findFirst().orElseThrow();
        var controller = k8s.ingressController().deployment().pods().get(0);
        // when / then: additive: default-deny selects cache, cache-from-web-team allows namespaces team=web on 6379
        assertThat(lab.trace(front, "cache.data", 6379).delivered()).isTrue();
        assertThat(lab.trace(front, cache, 22).dropReason()).contains(DropReason.NETWORK_POLICY);
        assertThat(lab.trace(controller, cache, 6379).dropReason()).contains(DropReason.NETWORK_POLICY);
        assertThat(k8s.networkPolicies()).extracting(Object::toString).containsExactly(
                "NetworkPolicy data/default-deny: every pod; ingress denied",
                "NetworkPolicy data/cache-from-web-team: pods app=cache; ingress 1 rule");
    }
}
