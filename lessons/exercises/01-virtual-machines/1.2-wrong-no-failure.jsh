var ha    = Net.lab("Failover");
var dc    = ha.lan("dc", "10.40.0.0/24");
var h1    = dc.host("h1", "10.40.0.11");
var h2    = dc.host("h2", "10.40.0.12");
h1.hypervisor(KVM).vm("payroll").bridged();
h2.hypervisor(KVM);
var user  = dc.host("user", "10.40.0.50");
var pair  = ha.cluster("ha", h1, h2);
