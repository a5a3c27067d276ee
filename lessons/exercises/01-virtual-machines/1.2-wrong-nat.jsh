var ha    = Net.lab("Failover");
var dc    = ha.lan("dc", "10.40.0.0/24");
var h1    = dc.host("h1", "10.40.0.11");
var h2    = dc.host("h2", "10.40.0.12");
var kvm1  = h1.hypervisor(KVM);
kvm1.vm("payroll").nat();
var user  = dc.host("user", "10.40.0.50");
var pair  = ha.hypervisorCluster("ha").add(kvm1).add(h2.hypervisor(KVM));
pair.fail(h1);
