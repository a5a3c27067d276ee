var ci = vbox.vm("ci").nat();
vbox.forward(2223, dev, 22);
