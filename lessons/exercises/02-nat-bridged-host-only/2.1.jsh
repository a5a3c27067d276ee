var files = vbox.vm("files").bridged();
