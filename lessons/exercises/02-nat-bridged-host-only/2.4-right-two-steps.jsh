var ci = vbox.vm("ci");
ci.nat();
vbox.forward(2223, ci, 22);
