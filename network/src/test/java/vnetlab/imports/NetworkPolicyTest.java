package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Cni;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.Pod;
import vnetlab.sim.DropReason;
import vnetlab.sim.Trace;

/**
 * NetworkPolicy semantics on the truth-table layout of the Kubernetes e2e tests (kubernetes
 * test/e2e/network/netpol/network_policy.go: namespaces x and y, pods a, b and c in each, servers on port 80).
 * Each test names the e2e case it follows.
 */
class NetworkPolicyTest {
    private static final String PODS = pods("x") + pods("y");

    private static String pods(String ns) {
        StringBuilder b = new StringBuilder("kind: Namespace\nmetadata: {name: " + ns + ", labels: {ns: " + ns + "}}\n---\n");
        for (String p : new String[] {"a", "b", "c"}) {
            b.append("kind: Pod\nmetadata: {name: ").append(p).append(", namespace: ").append(ns).append(", labels: {pod: ")
                    .append(p).append("}}\nspec: {containers: [{name: c80, image: agnhost, ports: [{containerPort: 80}]}]}\n---\n");
        }
        return b.toString();
    }

    /** The e2e layout on a fresh cluster with a CNI. */
    static final class E2e {
        final Lab lab = Net.newLab("netpol");
        final KubernetesCluster k8s;

        E2e(Cni cni) {
            k8s = lab.lan("dc", "10.10.0.0/24").kubernetes("e2e", 2).cni(cni);
            k8s.apply(PODS);
        }

        Pod pod(String ns, String name) {
            return k8s.pods().stream().filter(p -> p.namespace().equals(ns) && p.labels().get("pod").equals(name)).findFirst()
                    .orElseThrow();
        }

        Trace trace(String from, String to, int port) {
            String[] f = from.split("/");
            String[] t = to.split("/");
            return lab.trace(pod(f[0], f[1]), pod(t[0], t[1]), port);
        }
    }

    private final E2e e = new E2e(Cni.CALICO);
    private final Lab lab = e.lab;
    private final KubernetesCluster k8s = e.k8s;

    private Pod pod(String ns, String name) {
        return e.pod(ns, name);
    }

    private Trace trace(String from, String to, int port) {
        return e.trace(from, to, port);
    }

    private boolean allowed(String from, String to) {
        return trace(from, to, 80).delivered();
    }

    @Test
    void a_pod_selected_by_no_policy_allows_everything() {
        // e2e: the truth table before any policy: every pair connects
        assertThat(allowed("x/a", "x/b")).isTrue();
        assertThat(allowed("y/c", "x/a")).isTrue();
    }

    @Test
    void default_deny_ingress_isolates_every_pod_of_its_namespace() {
        // e2e "should support a 'default-deny-ingress' policy": podSelector {}, policyTypes [Ingress], no rules
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: deny-ingress, namespace: x}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n");
        // then: nothing reaches x's pods, x's pods still reach y
        Trace t = trace("y/a", "x/a", 80);
        assertThat(t.dropReason()).contains(DropReason.NETWORK_POLICY);
        assertThat(allowed("x/b", "x/a")).isFalse();
        assertThat(allowed("x/a", "y/b")).isTrue();
        assertThat(t.drop().orElseThrow().detail()).startsWith("NetworkPolicy x/deny-ingress selects ")
                .contains("for ingress, and no rule allows tcp/80 from ").contains("(deny-ingress has no ingress rules: it allows"
                + " nothing) (Calico enforces it)");
    }

    @Test
    void default_deny_all_also_stops_egress() {
        // e2e "should support a 'default-deny-all' policy": policyTypes [Ingress, Egress], no rules
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: deny-all, namespace: x}\n"
                + "spec: {podSelector: {}, policyTypes: [Ingress, Egress]}\n");
        assertThat(allowed("x/a", "y/a")).isFalse();
        assertThat(allowed("y/a", "x/a")).isFalse();
        assertThat(allowed("y/a", "y/b")).isTrue();
    }

    @Test
    void a_pod_selector_alone_means_pods_of_the_policys_namespace() {
        // e2e "should enforce policy to allow traffic from pods within server namespace based on PodSelector"
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: allow-b, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n"
                + "  ingress: [{from: [{podSelector: {matchLabels: {pod: b}}}]}]\n");
        assertThat(allowed("x/b", "x/a")).isTrue();
        assertThat(allowed("y/b", "x/a")).isFalse();
        assertThat(allowed("x/c", "x/a")).isFalse();
        assertThat(allowed("x/c", "x/b")).isTrue();
    }

    @Test
    void pod_and_namespace_selectors_in_one_peer_are_and_in_two_peers_or() {
        // e2e "should enforce policy based on PodSelector and NamespaceSelector" and "... PodSelector or NamespaceSelector"
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: and, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n"
                + "  ingress: [{from: [{namespaceSelector: {matchLabels: {ns: y}}, podSelector: {matchLabels: {pod: b}}}]}]\n"
                + "---\nkind: NetworkPolicy\nmetadata: {name: or, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: b}}\n"
                + "  ingress: [{from: [{namespaceSelector: {matchLabels: {ns: y}}}, {podSelector: {matchLabels: {pod: c}}}]}]\n");
        assertThat(allowed("y/b", "x/a")).isTrue();
        assertThat(allowed("y/c", "x/a")).isFalse();
        assertThat(allowed("x/b", "x/a")).isFalse();
        assertThat(allowed("y/a", "x/b")).isTrue();
        assertThat(allowed("x/c", "x/b")).isTrue();
        assertThat(allowed("x/a", "x/b")).isFalse();
    }

    @Test
    void policies_are_additive() {
        // e2e "should enforce multiple, stacked policies with overlapping podSelectors"
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: from-b, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n"
                + "  ingress: [{from: [{podSelector: {matchLabels: {pod: b}}}]}]\n---\n"
                + "kind: NetworkPolicy\nmetadata: {name: from-c, namespace: x}\nspec:\n  podSelector: {}\n"
                + "  ingress: [{from: [{podSelector: {matchLabels: {pod: c}}}]}]\n");
        assertThat(allowed("x/b", "x/a")).isTrue();
        assertThat(allowed("x/c", "x/a")).isTrue();
        assertThat(allowed("y/a", "x/a")).isFalse();
    }

    @Test
    void ports_limit_a_rule() {
        // e2e "should enforce policy based on Ports": only port 81 is allowed, so 80 is dropped
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: port81, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n"
                + "  ingress: [{ports: [{protocol: TCP, port: 81}]}]\n");
        assertThat(trace("x/b", "x/a", 80).dropReason()).contains(DropReason.NETWORK_POLICY);
        assertThat(trace("x/b", "x/a", 81).dropReason()).isNotEqualTo(java.util.Optional.of(DropReason.NETWORK_POLICY));
        assertThat(trace("x/b", "x/a", 80).drop().orElseThrow().detail()).contains("port81 rule 1 allows every peer on tcp/81");
    }

    @Test
    void an_ip_block_allows_its_cidr_except_the_exceptions() {
        // e2e "should allow egress access to server in CIDR block" and "should enforce except clause while egress access
        // to server in CIDR block"
        Pod b = pod("y", "b");
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: egress-cidr, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n"
                + "  policyTypes: [Egress]\n  egress: [{to: [{ipBlock: {cidr: " + k8s.podRange().orElseThrow() + ", except: ["
                + b.address() + "/32]}}]}]\n");
        assertThat(allowed("x/a", "y/a")).isTrue();
        assertThat(allowed("x/a", "y/b")).isFalse();
        assertThat(allowed("x/b", "y/b")).isTrue();
    }

    @Test
    void a_drop_names_the_rule_that_would_have_allowed_it_and_a_fix() {
        // given
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: db, namespace: x}\nspec:\n  podSelector: {matchLabels: {pod: a}}\n"
                + "  ingress: [{from: [{podSelector: {matchLabels: {pod: b}}}], ports: [{port: 80}]}]\n");
        // when
        Trace t = trace("x/c", "x/a", 80);
        // then
        assertThat(t.drop().orElseThrow().detail()).contains("(db rule 1 allows pods pod=b on tcp/80)");
        assertThat(t.drop().orElseThrow().fix()).isEqualTo("add to db (or a new policy selecting " + pod("x", "a").name()
                + ") an ingress rule: from: [{podSelector: {matchLabels: {pod: c}}}], ports: [{protocol: TCP, port: 80}]");
    }

    @Test
    void reachability_shows_policy_drops() {
        // given
        k8s.apply("kind: NetworkPolicy\nmetadata: {name: deny, namespace: y}\nspec: {podSelector: {}}\n");
        // when
        var r = lab.reachability();
        // then
        assertThat(r.cell(pod("x", "a").id(), pod("y", "a").id()).reason()).contains(DropReason.NETWORK_POLICY);
        assertThat(r.allowed(pod("y", "a").id(), pod("x", "a").id())).isTrue();
    }

    @Test
    void flannel_keeps_the_policy_but_does_not_enforce_it() {
        // Flannel's README: it does not implement NetworkPolicy; the API server still stores them
        var flannel = new E2e(Cni.FLANNEL);
        flannel.k8s.apply("kind: NetworkPolicy\nmetadata: {name: deny, namespace: x}\nspec: {podSelector: {}}\n");
        // when
        Trace t = flannel.trace("y/a", "x/a", 80);
        // then
        assertThat(t.delivered()).isTrue();
        assertThat(t.toString()).contains("NetworkPolicy x/deny selects").contains("but Flannel does not enforce"
                + " NetworkPolicies, so it passes (with Calico or Cilium it would be dropped)");
        assertThat(flannel.k8s.networkPolicies()).hasSize(1);
    }
}
