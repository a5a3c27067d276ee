var vault = vbox.vm("vault").hostOnly();
