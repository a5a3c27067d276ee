dev.bridged();
vbox.forward(8080, web, 80);
