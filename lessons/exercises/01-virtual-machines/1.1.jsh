var cache = esx2.hypervisor(KVM).vm("cache").bridged();
