vbox.forward(8080, dev, 8080);
