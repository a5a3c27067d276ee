var cache = kvm.vm("cache").bridged();
