var ci = vbox.vm("ci").nat();
vbox.forward(2223, ci, 2223);
