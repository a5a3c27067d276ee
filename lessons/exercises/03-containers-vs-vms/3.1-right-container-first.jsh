var mixed = dc.host("mixed", "10.30.0.20");
var engine = mixed.docker();
engine.run("cache", "redis");
var hv = mixed.hypervisor(KVM);
hv.vm("legacy").nat();
