var corp     = Net.lab("Company cluster");
var servers  = corp.lan("servers", "10.1.0.0/24");
var platform = servers.kubernetes("platform", 3);
platform.podCidr("192.168.0.0/17");
platform.serviceCidr("192.168.128.0/20");
platform.cni(CILIUM);
platform.mustReach("10.0.0.0/8");
platform.addressPlan()
