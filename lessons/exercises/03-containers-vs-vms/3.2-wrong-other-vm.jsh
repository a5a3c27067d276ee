var node = kvm.vm("node").bridged();
vm1.docker().run("web", "nginx");
