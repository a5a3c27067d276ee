var metrics = docker.run("metrics", "prom/node-exporter").publish(9100, 9100);
