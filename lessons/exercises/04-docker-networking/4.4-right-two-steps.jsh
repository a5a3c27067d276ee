docker.run("metrics", "prom/node-exporter");
docker.container("metrics").hostNetwork();
