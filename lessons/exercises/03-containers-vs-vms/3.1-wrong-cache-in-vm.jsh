var mixed = dc.host("mixed", "10.30.0.20");
var legacy = mixed.hypervisor(KVM).vm("legacy").bridged();
legacy.docker().run("cache", "redis");
