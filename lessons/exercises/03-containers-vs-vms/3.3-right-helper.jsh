void container(Host host, String name) {
    host.docker().run(name, "alpine");
}
var edge = dc.host("edge", "10.30.0.30");
container(edge, "b");
container(edge, "a");
edge.hypervisor(KVM).vm("c").bridged().memory(1024);
