Hypervisor kvmOn(Lan lan, String name, String address) {
    return lan.host(name, address).hypervisor(KVM);
}
var lab2 = Net.lab("Failover");
var dc = lab2.lan("dc", "10.40.0.0/24");
var first = kvmOn(dc, "h1", "10.40.0.11");
var second = kvmOn(dc, "h2", "10.40.0.12");
first.vm("payroll").bridged();
dc.host("user", "10.40.0.50");
lab2.hypervisorCluster("ha").add(first).add(second).fail(first.host());
lab2.trace(lab2.endpoint("user"), lab2.endpoint("payroll"), 443)
