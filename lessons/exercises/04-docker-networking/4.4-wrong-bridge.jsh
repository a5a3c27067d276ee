var metrics = docker.run("metrics", "prom/node-exporter");
