vbox.forward(8080, dev, 80);
