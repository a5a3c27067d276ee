laptop.hypervisor(VIRTUALBOX).vm("files").bridged();
