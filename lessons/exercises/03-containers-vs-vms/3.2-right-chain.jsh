kvm.vm("node").bridged().docker().run("web", "nginx");
