vbox.forward(80, dev, 80);
vbox.forward(8080, dev, 80);
