var edge = dc.host("edge", "10.30.0.30");
var a = edge.hypervisor(KVM).vm("a").bridged();
a.docker().run("b", "nginx");
a.docker().run("c", "redis");
