Vm bridgedVm(Host host, String name) {
    return host.hypervisor(KVM).vm(name).bridged();
}
var spread = Net.lab("Spread");
var rack   = spread.lan("rack", "10.50.0.0/24");
var n1     = rack.host("n1", "10.50.0.11");
var n2     = rack.host("n2", "10.50.0.12");
var f = bridgedVm(n1, "front");
var b = bridgedVm(n2, "back");
spread.hypervisorCluster("pair").add(f.hypervisor()).add(b.hypervisor());
spread.trace(f, b, 8080)
