Service serve(KubernetesCluster cluster, String name, String image, int replicas, int port, int servicePort) {
    return cluster.deployment(name, image).replicas(replicas).port(port).expose(servicePort);
}
var s = serve(k8s, "cart", "cart:2.1", 2, 9090, 80);
lab.trace(tools.pods().get(0), s, 80)
