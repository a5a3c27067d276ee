var node = kvm.vm("node").bridged();
vmHost.docker().run("web", "nginx");
