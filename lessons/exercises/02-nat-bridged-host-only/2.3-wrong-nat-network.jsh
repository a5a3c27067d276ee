var vault = vbox.vm("vault").natNetwork();
