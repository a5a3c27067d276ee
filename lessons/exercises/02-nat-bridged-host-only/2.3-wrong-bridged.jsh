var vault = vbox.vm("vault").bridged();
