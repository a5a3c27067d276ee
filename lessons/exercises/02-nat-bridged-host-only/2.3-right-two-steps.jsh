var vault = vbox.vm("vault");
vault.hostOnly();
