var node = kvm.vm("node").bridged();
node.docker().run("cache", "redis");
node.docker().run("web", "nginx");
