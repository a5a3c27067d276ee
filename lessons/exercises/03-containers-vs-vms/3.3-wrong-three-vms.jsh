var edge = dc.host("edge", "10.30.0.30");
var hv = edge.hypervisor(KVM);
hv.vm("a").bridged();
hv.vm("b").bridged();
hv.vm("c").bridged();
