var spread = Net.lab("Spread");
var rack   = spread.lan("rack", "10.50.0.0/24");
var n1     = rack.host("n1", "10.50.0.11");
var n2     = rack.host("n2", "10.50.0.12");
var kvm1 = n1.hypervisor(KVM);
var kvm2 = n2.hypervisor(KVM);
spread.hypervisorCluster("pair").add(kvm2).add(kvm1);
kvm2.vm("back").bridged();
kvm1.vm("front").bridged();
