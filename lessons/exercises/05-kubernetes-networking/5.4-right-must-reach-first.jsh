var corp     = Net.lab("Company cluster");
var servers  = corp.lan("servers", "10.1.0.0/24");
var platform = servers.kubernetes("platform", 3).mustReach("10.0.0.0/8")
                      .podCidr("172.20.0.0/16").serviceCidr("172.21.0.0/16").cni(CILIUM);
