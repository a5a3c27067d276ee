vbox.vm("vault").memory(512).hostOnly();
lab.trace(laptop, lab.endpoint("vault"), 5432)
