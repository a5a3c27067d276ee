var standby = office.host("standby", "10.20.0.60");
var cache = esx2.hypervisor(KVM).vm("cache").bridged().memory(4096);
