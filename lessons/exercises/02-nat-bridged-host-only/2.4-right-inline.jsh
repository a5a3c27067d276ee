vbox.forward(2223, vbox.vm("ci").nat(), 22);
lab.trace(phone, laptop, 2223)
