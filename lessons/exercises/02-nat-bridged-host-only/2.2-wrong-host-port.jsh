vbox.forward(80, dev, 80);
