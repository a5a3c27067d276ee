var files = vbox.vm("files").nat();
vbox.forward(445, files, 445);
