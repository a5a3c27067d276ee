var f = vbox.vm("files").memory(1024);
f.bridged();
lab.trace(phone, f, 445)
