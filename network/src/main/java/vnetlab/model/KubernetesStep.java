package vnetlab.model;

import java.util.Optional;

/** Lab-file steps for Kubernetes clusters and what runs in them. */
public sealed interface KubernetesStep extends LabStep {

    /** {@code lan.kubernetes(name, nodes)}. */
    @Do("kubernetes")
    record KubernetesStartStep(String lan, String name, int nodes) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            t.lan(lan).kubernetes(name, nodes);
        }
    }

    /** {@code machine.kind(name, nodes)}. */
    @Do("kind")
    record KindStep(String machine, String name, int nodes) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.machine(t, machine).kind(name, nodes);
        }
    }

    /** {@code machine.minikube(name)}. */
    @Do("minikube")
    record MinikubeStep(String machine, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.machine(t, machine).minikube(name);
        }
    }

    /** {@code k8s.cni(cni[, podCidr])}. */
    @Do("k8s.cni")
    record CniStep(String cluster, Cni cni, Optional<String> podCidr) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            KubernetesCluster k = Lookup.cluster(t, cluster);
            if (podCidr.isPresent()) {
                k.cni(cni, podCidr.get());
            } else {
                k.cni(cni);
            }
        }
    }

    /** {@code k8s.podCidr(cidr)}. */
    @Do("k8s.podCidr")
    record PodCidrStep(String cluster, String cidr) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).podCidr(cidr);
        }
    }

    /** {@code k8s.serviceCidr(cidr)}. */
    @Do("k8s.serviceCidr")
    record ServiceCidrStep(String cluster, String cidr) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).serviceCidr(cidr);
        }
    }

    /** {@code k8s.mustReach(cidr)}. */
    @Do("k8s.mustReach")
    record MustReachStep(String cluster, String cidr) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).mustReach(cidr);
        }
    }

    /** {@code k8s.deployment(name, image)}. */
    @Do("deployment")
    record DeploymentStep(String cluster, String namespace, String name, String image) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).deployment(name, image, namespace);
        }
    }

    /** {@code deployment.replicas(n)}. */
    @Do("deployment.replicas")
    record ReplicasStep(String cluster, String namespace, String name, int replicas) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.deployment(t, cluster, namespace, name).replicas(replicas);
        }
    }

    /** {@code deployment.port(port)}. */
    @Do("deployment.port")
    record DeploymentPortStep(String cluster, String namespace, String name, int port) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.deployment(t, cluster, namespace, name).port(port);
        }
    }

    /** {@code deployment.sidecar(container, image)}. */
    @Do("deployment.sidecar")
    record SidecarStep(String cluster, String namespace, String name, String container, String image) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.deployment(t, cluster, namespace, name).sidecar(container, image);
        }
    }

    /** {@code deployment.expose(port[, targetPort])}. */
    @Do("expose")
    record ExposeStep(String cluster, String namespace, String deployment, int port, Optional<Integer> targetPort)
            implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Deployment d = Lookup.deployment(t, cluster, namespace, deployment);
            if (targetPort.isPresent()) {
                d.expose(port, targetPort.get());
            } else {
                d.expose(port);
            }
        }
    }

    /** {@code k8s.service(name, port, targetPort, selector)}. */
    @Do("service")
    record ServiceStep(String cluster, String name, int port, int targetPort, String selector) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).service(name, port, targetPort, selector);
        }
    }

    /** {@code service.nodePort([n])}. */
    @Do("service.nodePort")
    record NodePortStep(String cluster, String namespace, String name, Optional<Integer> nodePort) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Service s = Lookup.service(t, cluster, namespace, name);
            if (nodePort.isPresent()) {
                s.nodePort(nodePort.get());
            } else {
                s.nodePort();
            }
        }
    }

    /** {@code service.loadBalancer()}. */
    @Do("service.loadBalancer")
    record LoadBalancerStep(String cluster, String namespace, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.service(t, cluster, namespace, name).loadBalancer();
        }
    }

    /** {@code service.publicName(host)}. */
    @Do("service.publicName")
    record PublicNameStep(String cluster, String namespace, String name, String host) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.service(t, cluster, namespace, name).publicName(host);
        }
    }

    /** {@code service.externalTrafficPolicy(policy)}. */
    @Do("service.externalTrafficPolicy")
    record TrafficPolicyStep(String cluster, String namespace, String name, TrafficPolicy policy) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.service(t, cluster, namespace, name).externalTrafficPolicy(policy);
        }
    }

    /** {@code k8s.ingressController()}. */
    @Do("ingressController")
    record IngressControllerStep(String cluster) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).ingressController();
        }
    }

    /** {@code k8s.ingress(name)}. */
    @Do("ingress")
    record IngressStep(String cluster, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).ingress(name);
        }
    }

    /** {@code ingress.rule(host, path, pathType, service)}; host "" matches any host. */
    @Do("ingress.rule")
    record IngressRuleStep(String cluster, String ingress, String host, String path, PathType pathType, String service)
            implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Ingress i = Lookup.ingress(t, cluster, ingress);
            i.rule(host, path, pathType, Lookup.backend(t, cluster, i, service));
        }
    }

    /** {@code ingress.defaultBackend(service)}. */
    @Do("ingress.defaultBackend")
    record DefaultBackendStep(String cluster, String ingress, String service) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Ingress i = Lookup.ingress(t, cluster, ingress);
            i.defaultBackend(Lookup.backend(t, cluster, i, service));
        }
    }

    /** {@code k8s.removeService(name)}. */
    @Do("service.remove")
    record RemoveServiceStep(String cluster, String namespace, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.service(t, cluster, namespace, name);
            Lookup.cluster(t, cluster).removeService(name);
        }
    }

    /** {@code service.removeNodePort()}. */
    @Do("service.nodePort.remove")
    record RemoveNodePortStep(String cluster, String namespace, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.service(t, cluster, namespace, name).removeNodePort();
        }
    }

    /** {@code service.removeLoadBalancer()}. */
    @Do("service.loadBalancer.remove")
    record RemoveLoadBalancerStep(String cluster, String namespace, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.service(t, cluster, namespace, name).removeLoadBalancer();
        }
    }

    /** {@code k8s.removeDeployment(name)}. */
    @Do("deployment.remove")
    record RemoveDeploymentStep(String cluster, String namespace, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.deployment(t, cluster, namespace, name);
            Lookup.cluster(t, cluster).removeDeployment(name);
        }
    }

    /** {@code k8s.removeIngress(name)}. */
    @Do("ingress.remove")
    record RemoveIngressStep(String cluster, String name) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).removeIngress(name);
        }
    }

    /** {@code ingress.removeRule(host, path)}. */
    @Do("ingress.rule.remove")
    record RemoveIngressRuleStep(String cluster, String ingress, String host, String path) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.ingress(t, cluster, ingress).removeRule(host, path);
        }
    }

    /** {@code ingress.removeDefaultBackend()}. */
    @Do("ingress.defaultBackend.remove")
    record RemoveDefaultBackendStep(String cluster, String ingress) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.ingress(t, cluster, ingress).removeDefaultBackend();
        }
    }

    /** {@code k8s.apply(pathOrText)}: the manifests' text itself, so the lab file needs no other file. */
    @Do("k8s.apply")
    record ApplyStep(String cluster, String source, String text) implements KubernetesStep {
        @Override
        public void apply(Topology t) {
            Lookup.cluster(t, cluster).apply(text, source);
        }
    }
}
