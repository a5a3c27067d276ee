var vault = vbox.vm("vault").nat();
