var hv = app.hypervisor();
var cache = hv.vm("cache");
cache.bridged();
