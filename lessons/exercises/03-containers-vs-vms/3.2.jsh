var node = kvm.vm("node").bridged();
node.docker().run("web", "nginx");
vmHost.layers()
