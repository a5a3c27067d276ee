var spread = Net.lab("Spread");
var rack   = spread.lan("rack", "10.50.0.0/24");
var n1     = rack.host("n1", "10.50.0.11");
var n2     = rack.host("n2", "10.50.0.12");
var kvm1   = n1.hypervisor(KVM);
var front  = kvm1.vm("front").bridged();
var back   = kvm1.vm("back").bridged();
spread.hypervisorCluster("pair").add(kvm1).add(n2.hypervisor(KVM));
