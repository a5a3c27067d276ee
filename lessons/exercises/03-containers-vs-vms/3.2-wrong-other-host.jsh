var node = ctHost.hypervisor(KVM).vm("node").bridged();
node.docker().run("web", "nginx");
