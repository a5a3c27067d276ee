var corp     = Net.lab("Company cluster");
var servers  = corp.lan("servers", "10.1.0.0/24");
corp.lan("office", "10.2.0.0/24");
var platform = servers.kubernetes("platform", 3)
                      .serviceCidr("172.31.0.0/16").podCidr("172.30.0.0/16")
                      .cni(CILIUM).mustReach("10.0.0.0/8");
