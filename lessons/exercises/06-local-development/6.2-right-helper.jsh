KubernetesCluster kindIn(DockerEngine desktop, String name, int nodes) {
    return desktop.machine().kind(name, nodes);
}
kindIn(desktop, "ci", 3).addressPlan()
