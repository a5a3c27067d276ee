docker.run("shop", "nginx");
docker.container("shop").publish(8081, 80);
