var edge = dc.host("edge", "10.30.0.30");
edge.hypervisor(KVM).vm("a").bridged();
var engine = edge.docker();
engine.run("b", "nginx");
engine.run("c", "redis");
edge.layers()
