var ci = vbox.vm("ci").nat().memory(4096);
vbox.forward(8081, ci, 8080);
vbox.forward(2223, ci, 22);
