var shopC = docker.run("shop", "nginx");
