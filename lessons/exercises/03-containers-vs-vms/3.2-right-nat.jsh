var node = vmHost.hypervisor(KVM).vm("node").nat();
var guestDocker = node.docker();
guestDocker.run("web", "nginx");
