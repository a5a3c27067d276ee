var vb = laptop.hypervisor(VIRTUALBOX);
vb.forward(8080, vb.vm("dev"), 80);
lab.trace(phone, laptop, 8080)
