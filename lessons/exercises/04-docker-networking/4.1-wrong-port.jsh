var shopC = docker.run("shop", "nginx").publish(8081, 8081);
