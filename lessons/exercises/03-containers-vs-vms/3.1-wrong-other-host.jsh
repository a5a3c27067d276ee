var mixed = dc.host("mixed", "10.30.0.20");
mixed.hypervisor(KVM).vm("legacy").bridged();
ctHost.docker().run("cache", "redis");
