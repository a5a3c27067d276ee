var mixed = dc.host("mixed", "10.30.0.20");
mixed.hypervisor(KVM).vm("legacy").bridged().memory(1024);
mixed.hypervisor(KVM).vm("legacy2").bridged();
mixed.docker().run("cache", "redis");
mixed.docker().run("queue", "rabbitmq");
mixed.layers()
