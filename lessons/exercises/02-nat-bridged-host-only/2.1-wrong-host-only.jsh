var files = vbox.vm("files").hostOnly();
