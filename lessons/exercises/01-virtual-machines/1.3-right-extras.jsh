var spread = Net.lab("Spread");
var rack   = spread.lan("rack", "10.50.0.0/24");
var n1     = rack.host("n1", "10.50.0.11");
var n2     = rack.host("n2", "10.50.0.12");
var front  = n1.hypervisor(KVM).vm("front").bridged().memory(1024);
var back   = n2.hypervisor(KVM).vm("back").bridged();
n2.hypervisor(KVM).vm("cache").bridged();
spread.hypervisorCluster("pair").add(n1.hypervisor(KVM)).add(n2.hypervisor(KVM));
