var shopC = docker.run("shop", "nginx").on(backend).publish(8081, 80);
