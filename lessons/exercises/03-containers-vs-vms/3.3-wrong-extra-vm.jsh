var edge = dc.host("edge", "10.30.0.30");
edge.docker().run("a", "nginx");
edge.docker().run("b", "nginx");
edge.docker().run("c", "redis");
edge.hypervisor(KVM).vm("d").bridged();
