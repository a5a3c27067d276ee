vbox.forward(8080, dev, 80, Protocol.TCP);
