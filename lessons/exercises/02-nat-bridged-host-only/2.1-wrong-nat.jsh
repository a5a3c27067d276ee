var files = vbox.vm("files").nat();
