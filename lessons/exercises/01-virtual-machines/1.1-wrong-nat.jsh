var cache = kvm.vm("cache").nat();
