vbox.forward(8443, dev, 443);
vbox.forward(8080, dev, 80);
