host.docker().run("shop", "nginx").publish("0.0.0.0", 8081, 80);
lab.trace(phone, host, 8081)
