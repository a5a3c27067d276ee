var shopC = docker.run("shop", "nginx").publish("127.0.0.1", 8081, 80);
